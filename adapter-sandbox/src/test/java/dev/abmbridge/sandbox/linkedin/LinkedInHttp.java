package dev.abmbridge.sandbox.linkedin;

import dev.abmbridge.sandbox.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Requests shaped as in LinkedIn's Marketing API documentation (versioned REST, Rest.li 2.0 headers). */
final class LinkedInHttp {

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final Map<String, String> headers = new LinkedHashMap<>();

    LinkedInHttp(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        headers.put("LinkedIn-Version", "202611");
        headers.put("X-Restli-Protocol-Version", "2.0.0");
        headers.put("Content-Type", "application/json");
    }

    LinkedInHttp without(String header) {
        LinkedInHttp copy = new LinkedInHttp(baseUrl, null);
        copy.headers.clear();
        copy.headers.putAll(headers);
        copy.headers.remove(header);
        return copy;
    }

    LinkedInHttp with(String header, String value) {
        LinkedInHttp copy = without(header);
        copy.headers.put(header, value);
        return copy;
    }

    Reply get(String path) {
        return send(builder(path).GET());
    }

    Reply post(String path, String json) {
        return send(builder(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply batchCreate(String path, String json) {
        return send(builder(path).header("X-RestLi-Method", "BATCH_CREATE").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply form(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        headers.forEach(builder::header);
        return builder;
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body().isEmpty() ? null : Json.parse(response.body()), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
