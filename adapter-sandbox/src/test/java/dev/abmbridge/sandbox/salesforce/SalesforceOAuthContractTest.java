package dev.abmbridge.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxExtension;
import dev.abmbridge.sandbox.http.Json;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class SalesforceOAuthContractTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(50, 50, 1));

    @Test
    void clientCredentialsGrantReturnsTokenAndInstanceUrl(Sandbox sandbox) throws Exception {
        HttpResponse<String> response = SalesforceClients.token(sandbox.salesforceUrl(),
                "grant_type=client_credentials&client_id=abm&client_secret=s3cret");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = Json.parse(response.body());
        assertThat(Json.text(body, "access_token")).startsWith("00D");
        assertThat(Json.text(body, "instance_url")).isEqualTo(sandbox.salesforceUrl());
        assertThat(Json.text(body, "token_type")).isEqualTo("Bearer");
        assertThat(body.has("refresh_token")).isFalse();
    }

    @Test
    void clientCredentialsWithoutSecretIsRejected(Sandbox sandbox) throws Exception {
        HttpResponse<String> response = SalesforceClients.token(sandbox.salesforceUrl(), "grant_type=client_credentials&client_id=abm");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.text(Json.parse(response.body()), "error")).isEqualTo("invalid_client");
    }

    @Test
    void missingClientIdIsRejected(Sandbox sandbox) throws Exception {
        HttpResponse<String> response = SalesforceClients.token(sandbox.salesforceUrl(), "grant_type=client_credentials&client_secret=x");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.text(Json.parse(response.body()), "error")).isEqualTo("invalid_client_id");
    }

    @Test
    void jwtBearerGrantAcceptsAnUnexpiredAssertion(Sandbox sandbox) throws Exception {
        long exp = Instant.now().getEpochSecond() + 180;
        HttpResponse<String> response = SalesforceClients.token(sandbox.salesforceUrl(),
                "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=" + jwt(exp));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.text(Json.parse(response.body()), "access_token")).isNotBlank();
    }

    @Test
    void jwtBearerGrantRejectsAnExpiredAssertion(Sandbox sandbox) throws Exception {
        HttpResponse<String> response = SalesforceClients.token(sandbox.salesforceUrl(),
                "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=" + jwt(1_000));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.text(Json.parse(response.body()), "error")).isEqualTo("invalid_grant");
    }

    @Test
    void refreshTokenGrantNeedsATokenThisOrgIssued(Sandbox sandbox) throws Exception {
        HttpResponse<String> code = SalesforceClients.token(sandbox.salesforceUrl(),
                "grant_type=authorization_code&code=abc&client_id=abm&client_secret=s&redirect_uri=http%3A%2F%2Flocalhost");
        String refreshToken = Json.text(Json.parse(code.body()), "refresh_token");
        assertThat(refreshToken).isNotBlank();

        HttpResponse<String> refreshed = SalesforceClients.token(sandbox.salesforceUrl(),
                "grant_type=refresh_token&client_id=abm&client_secret=s&refresh_token=" + refreshToken);
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(Json.text(Json.parse(refreshed.body()), "access_token")).isNotBlank();

        HttpResponse<String> forged = SalesforceClients.token(sandbox.salesforceUrl(),
                "grant_type=refresh_token&client_id=abm&client_secret=s&refresh_token=forged");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(Json.text(Json.parse(forged.body()), "error")).isEqualTo("invalid_grant");
    }

    @Test
    void unknownGrantTypeIsRejected(Sandbox sandbox) throws Exception {
        HttpResponse<String> response = SalesforceClients.token(sandbox.salesforceUrl(), "grant_type=password&client_id=a");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.text(Json.parse(response.body()), "error")).isEqualTo("unsupported_grant_type");
    }

    private static String jwt(long exp) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"client\",\"sub\":\"integration@x\",\"aud\":\"https://login.salesforce.com\",\"exp\":"
                + exp + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".c2lnbmF0dXJl";
    }
}
