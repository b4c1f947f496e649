package dev.abmbridge.hubspot;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Merging our buying role into the native multi-select {@code hs_buying_role}: the value our previous role mapped to
 * is taken out, the value of the new role is added, and every other value (set by a person or another tool) stays,
 * unless {@code removeUnmanaged} is configured, in which case only our value remains.
 */
final class HubSpotBuyingRoles {

    static final String PROPERTY = "hs_buying_role";

    /** What the portal held for a contact when last read or written: the native values and our own role. */
    record Seen(String nativeValues, String ourRole) {
    }

    private HubSpotBuyingRoles() {
    }

    /** The new {@code ;}-separated value ({@code ""} for none). */
    static String merge(String current, String previousRole, String newRole, Map<String, String> mapping, boolean removeUnmanaged) {
        Set<String> values = parse(current);
        String newValue = newRole == null ? null : mapping.get(newRole);
        if (removeUnmanaged) {
            values.clear();
        } else {
            String previousValue = previousRole == null ? null : mapping.get(previousRole);
            if (previousValue != null && !previousValue.equals(newValue)) {
                values.remove(previousValue);
            }
        }
        if (newValue != null) {
            values.add(newValue);
        }
        return String.join(";", values);
    }

    static Set<String> parse(String value) {
        Set<String> values = new LinkedHashSet<>();
        if (value != null) {
            Arrays.stream(value.split(";")).map(String::trim).filter(v -> !v.isEmpty()).forEach(values::add);
        }
        return values;
    }
}
