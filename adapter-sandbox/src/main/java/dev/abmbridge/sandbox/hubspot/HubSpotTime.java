package dev.abmbridge.sandbox.hubspot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** HubSpot's datetime forms: ISO-8601 in responses; ISO-8601, a date or epoch milliseconds in requests. */
final class HubSpotTime {

    private static final java.time.format.DateTimeFormatter FORMAT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private HubSpotTime() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Epoch milliseconds of an ISO datetime, a date, or an epoch-ms string; null if it is none of them. */
    static Long millis(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // Search compares every stored datetime with its bound, and sorts by it, on every request: parse each text once.
        Long known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        Long parsed = parse(text.trim());
        if (parsed != null) {
            if (PARSED.size() >= MAX_PARSED) {
                PARSED.clear();
            }
            PARSED.put(text, parsed);
        }
        return parsed;
    }

    private static final int MAX_PARSED = 1_000_000;
    private static final java.util.Map<String, Long> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean isInteger(String t) {
        int start = t.startsWith("-") ? 1 : 0;
        if (t.length() == start) {
            return false;
        }
        for (int i = start; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Long parse(String t) {
        if (isInteger(t)) {
            return Long.parseLong(t);
        }
        try {
            return Instant.parse(t).toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
