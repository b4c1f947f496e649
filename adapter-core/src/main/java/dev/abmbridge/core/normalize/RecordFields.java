package dev.abmbridge.core.normalize;

import java.util.LinkedHashMap;
import java.util.Map;

/** The parts of a raw record that accounts and contacts read alike: the id and the custom fields. */
final class RecordFields {
    static final String CUSTOM_PREFIX = "custom.";

    private RecordFields() {
    }

    static String requireId(Map<String, String> raw) {
        String id = TextValue.clean(raw.get("id"));
        if (id == null) {
            throw new InvalidRecordException("id", raw.get("id"), "is missing");
        }
        return id;
    }

    /** {@code custom.<name>} values by name, trimmed; missing values are left out. */
    static Map<String, Object> custom(Map<String, String> raw) {
        Map<String, Object> custom = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String key = e.getKey();
            if (key != null && key.startsWith(CUSTOM_PREFIX) && key.length() > CUSTOM_PREFIX.length()) {
                String value = TextValue.clean(e.getValue());
                if (value != null) {
                    custom.put(key.substring(CUSTOM_PREFIX.length()), value);
                }
            }
        }
        return custom;
    }
}
