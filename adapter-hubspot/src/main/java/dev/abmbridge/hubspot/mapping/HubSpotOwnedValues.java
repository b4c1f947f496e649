package dev.abmbridge.hubspot.mapping;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Owned fields between their logical names ({@code OwnedFields}) and HubSpot property values: what the portal holds
 * is read back as the value ABM Bridge would write, so an unchanged record plans no write.
 */
public final class HubSpotOwnedValues {

    private HubSpotOwnedValues() {
    }

    /** Logical field → held value, from the record's properties; {@code names} maps logical field → property. */
    public static Map<String, String> held(Map<String, String> names, Map<String, String> properties) {
        Map<String, String> held = new HashMap<>();
        names.forEach((field, property) -> {
            String value = properties.get(property);
            if (value != null && !value.isEmpty()) {
                held.put(field, canonicalNumber(value));
            }
        });
        return held;
    }

    /** {@code "81.0"} → {@code "81"}: number properties may come back with a decimal part. */
    public static String canonicalNumber(String value) {
        if (!value.matches("-?\\d+\\.0+")) {
            return value;
        }
        return new BigDecimal(value).stripTrailingZeros().toPlainString();
    }
}
