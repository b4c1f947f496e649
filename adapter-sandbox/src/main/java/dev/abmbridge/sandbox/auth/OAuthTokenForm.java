package dev.abmbridge.sandbox.auth;

import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.Json;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/** What the vendors' OAuth token endpoints share: form fields, and errors in RFC 6749's JSON shape. */
public final class OAuthTokenForm {

    private OAuthTokenForm() {
    }

    /** {@code {"error": code, "error_description": description}} with the given status. */
    public static EmulatorResponse error(int status, String code, String description) {
        ObjectNode body = Json.object();
        body.put("error", code);
        body.put("error_description", description);
        return EmulatorResponse.json(status, Json.write(body));
    }

    /** The first value of a form field, or null. */
    public static String first(Map<String, List<String>> form, String key) {
        List<String> values = form.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
