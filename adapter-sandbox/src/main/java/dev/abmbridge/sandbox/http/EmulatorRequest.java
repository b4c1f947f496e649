package dev.abmbridge.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.ArrayList;

/**
 * One HTTP request as an emulator sees it: method, decoded path, query parameters, headers and body.
 * Headers are looked up case-insensitively through the supplied function.
 */
public record EmulatorRequest(
        String method,
        String path,
        String rawQuery,
        Map<String, List<String>> query,
        Function<String, String> headerLookup,
        String body) {

    public static EmulatorRequest of(String method, String url, Function<String, String> headers, String body) {
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        String rawQuery = q < 0 ? "" : url.substring(q + 1);
        return new EmulatorRequest(method, path, rawQuery, parseQuery(rawQuery), headers, body == null ? "" : body);
    }

    public Optional<String> header(String name) {
        String value = headerLookup.apply(name);
        return value == null ? Optional.empty() : Optional.of(value);
    }

    public Optional<String> param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** The bearer token of the Authorization header, if the header has the Bearer scheme and a non-blank token. */
    public Optional<String> bearerToken() {
        return header("Authorization")
                .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).trim())
                .filter(t -> !t.isEmpty());
    }

    public boolean is(String expectedMethod) {
        return method.equalsIgnoreCase(expectedMethod);
    }

    /** Parses an application/x-www-form-urlencoded string (query string or form body). */
    public static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return result;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
