package dev.abmbridge.sandbox.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an emulator answers: status, headers, body, and optionally a transport-level fault
 * (connection reset) or an added delay.
 */
public record EmulatorResponse(int status, Map<String, String> headers, String body, boolean connectionReset, long delayMillis) {

    public static EmulatorResponse of(int status, String contentType, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new EmulatorResponse(status, headers, body, false, 0);
    }

    public static EmulatorResponse json(int status, String body) {
        return of(status, "application/json;charset=utf-8", body);
    }

    public static EmulatorResponse xml(int status, String body) {
        return of(status, "text/xml;charset=UTF-8", body);
    }

    public static EmulatorResponse empty(int status) {
        return of(status, null, "");
    }

    public static EmulatorResponse reset() {
        return new EmulatorResponse(0, Map.of(), "", true, 0);
    }

    public EmulatorResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new EmulatorResponse(status, copy, body, connectionReset, delayMillis);
    }

    public EmulatorResponse withHeaders(Map<String, String> more) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.putAll(more);
        return new EmulatorResponse(status, copy, body, connectionReset, delayMillis);
    }

    public EmulatorResponse delayedBy(long millis) {
        return new EmulatorResponse(status, headers, body, connectionReset, delayMillis + millis);
    }
}
