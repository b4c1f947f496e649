package dev.abmbridge.linkedin.client;

import java.util.Map;
import java.util.Optional;

/** One HTTP response: status, headers (names lower-cased) and the body text. */
public record LinkedInResponse(int status, Map<String, String> headers, String body) {

    public LinkedInResponse {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
