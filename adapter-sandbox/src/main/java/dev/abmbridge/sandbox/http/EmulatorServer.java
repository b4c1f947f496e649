package dev.abmbridge.sandbox.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Notifier;

/** One WireMock server on a free localhost port, answering every request through its emulator transformer. */
public final class EmulatorServer implements AutoCloseable {

    private final WireMockServer server;

    public EmulatorServer(EmulatorTransformer transformer, int port) {
        this.server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .port(port)
                .containerThreads(12)
                .jettyAcceptors(1)
                .disableRequestJournal()
                .disableOptimizeXmlFactoriesLoading(true)
                .templatingEnabled(false)
                .globalTemplating(false)
                .httpClientFactory(new NoProxyClientFactory())
                .notifier(new QuietNotifier())
                // Else WireMock formats every request and its response definition (the whole body, as JSON again)
                // into a log line for the notifier, which drops it: a sixth of the emulator's CPU in a bulk sync.
                .stubRequestLoggingDisabled(true)
                .extensions(transformer));
    }

    public EmulatorServer start() {
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        if (server.isRunning()) {
            server.stop();
        }
    }

    private static final class QuietNotifier implements Notifier {
        @Override
        public void info(String message) {
        }

        @Override
        public void error(String message) {
        }

        @Override
        public void error(String message, Throwable t) {
        }
    }
}
