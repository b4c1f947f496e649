package dev.abmbridge.sandbox.salesforce;

import com.sforce.soap.metadata.MetadataConnection;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import dev.abmbridge.sandbox.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** What a real client does: OAuth over HTTP, then WSC connections with the access token as session id. */
final class SalesforceClients {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SalesforceClients() {
    }

    static HttpResponse<String> token(String baseUrl, String form) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String clientCredentialsToken(String baseUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = token(baseUrl, "grant_type=client_credentials&client_id=abm&client_secret=s3cret");
        return Json.text(Json.parse(response.body()), "access_token");
    }

    static PartnerConnection partner(String baseUrl, String token) throws ConnectionException {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(token);
        config.setServiceEndpoint(baseUrl + "/services/Soap/u/65.0");
        config.setAuthEndpoint(baseUrl + "/services/Soap/u/65.0");
        config.setConnectionTimeout(5_000);
        config.setReadTimeout(10_000);
        return new PartnerConnection(config);
    }

    static MetadataConnection metadata(String baseUrl, String token) throws ConnectionException {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(token);
        config.setServiceEndpoint(baseUrl + "/services/Soap/m/62.0");
        config.setConnectionTimeout(5_000);
        config.setReadTimeout(10_000);
        return new MetadataConnection(config);
    }
}
