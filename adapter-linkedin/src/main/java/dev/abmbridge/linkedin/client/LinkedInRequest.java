package dev.abmbridge.linkedin.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request to LinkedIn, already encoded: {@code path} and {@code query} are sent as given (see {@link RestLi}).
 *
 * @param query the raw query string without the leading {@code ?}; empty for none
 * @param body  JSON or form text; null for none
 */
public record LinkedInRequest(String method, String url, String query, Map<String, String> headers, String body) {

    public LinkedInRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        query = query == null ? "" : query;
        headers = Map.copyOf(new LinkedHashMap<>(headers));
    }

    public String fullUrl() {
        return query.isEmpty() ? url : url + "?" + query;
    }

    /** The request as text for logs and tests, without the Authorization header. */
    @Override
    public String toString() {
        return method + " " + fullUrl();
    }
}
