package dev.abmbridge.sandbox.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import java.util.List;

/**
 * WireMock's client for proxying stubs, replaced by one that refuses: the emulators answer everything themselves
 * and never proxy. WireMock builds its default client (Apache HttpClient with a TLS context) at every server start,
 * about a third of the classes a cold sandbox loads, for nothing.
 */
final class NoProxyClientFactory implements HttpClientFactory {

    @Override
    public HttpClient buildHttpClient(Options options, boolean trustAllCertificates, List<String> trustedHosts,
            boolean useSystemProperties) {
        return request -> {
            throw new UnsupportedOperationException("the sandbox's emulators never proxy (request to "
                    + request.getAbsoluteUrl() + ")");
        };
    }
}
