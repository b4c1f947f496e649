package dev.abmbridge.sandbox.linkedin;

import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.Json;
import tools.jackson.databind.node.ObjectNode;

/** LinkedIn's REST error body: {@code {"status":…, "serviceErrorCode":…, "code":…, "message":…}}. */
final class LinkedInErrors {

    private LinkedInErrors() {
    }

    static EmulatorResponse error(int status, int serviceErrorCode, String code, String message) {
        ObjectNode body = Json.object();
        body.put("status", status);
        if (serviceErrorCode > 0) {
            body.put("serviceErrorCode", serviceErrorCode);
        }
        body.put("code", code);
        body.put("message", message);
        return EmulatorResponse.json(status, Json.write(body));
    }

    static EmulatorResponse badRequest(String message) {
        return error(400, 100, "BAD_REQUEST", message);
    }

    static EmulatorResponse notFound(String message) {
        return error(404, 0, "NOT_FOUND", message);
    }

    static EmulatorResponse tooManyRequests() {
        return error(429, 101, "TOO_MANY_REQUESTS", "Resource level throttle 1 MINUTE limit for calls to this resource is reached.");
    }
}
