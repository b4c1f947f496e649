package dev.abmbridge.sandbox.hubspot;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a written property value against its definition and returns the value to store. Multi-select
 * (checkbox) values are {@code ;}-separated; a leading {@code ;} appends to the current value.
 */
final class PropertyValidator {

    record Checked(String stored, PropertyProblem problem) {
    }

    private PropertyValidator() {
    }

    static Checked check(PropertyCatalog catalog, String name, String value, String current) {
        HubSpotProperty property = catalog.property(name).orElse(null);
        if (property == null) {
            return problem(name, "PROPERTY_DOESNT_EXIST", "Property \"" + name + "\" does not exist");
        }
        if (property.readOnlyValue()) {
            return problem(name, "READ_ONLY_VALUE", "\"" + name + "\" is a read only property; its value cannot be set.");
        }
        if (value == null || value.isEmpty()) {
            return new Checked(null, null);
        }
        return switch (property.type()) {
            case "number" -> isNumber(value) ? new Checked(value.trim(), null)
                    : problem(name, "INVALID_DECIMAL", value + " is not a valid decimal");
            case "bool" -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
                    ? new Checked(value.toLowerCase(Locale.ROOT), null)
                    : problem(name, "INVALID_BOOLEAN", value + " is not a valid boolean, expected true or false");
            case "datetime", "date" -> HubSpotTime.millis(value) != null ? new Checked(value, null)
                    : problem(name, "INVALID_DATE", value + " is not a valid date");
            case "enumeration" -> enumeration(property, value, current);
            default -> value.length() > 65_536 ? problem(name, "INVALID_STRING_LENGTH", "value exceeds 65536 characters")
                    : new Checked(value, null);
        };
    }

    private static Checked enumeration(HubSpotProperty property, String value, String current) {
        Set<String> allowed = property.options().stream().map(PropertyOption::value).collect(Collectors.toSet());
        if (!property.multiSelect()) {
            return allowed.contains(value) ? new Checked(value, null) : invalidOption(property, value);
        }
        Set<String> chosen = new LinkedHashSet<>();
        boolean append = value.startsWith(";");
        if (append && current != null && !current.isEmpty()) {
            chosen.addAll(java.util.Arrays.asList(current.split(";")));
        }
        for (String part : value.split(";")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!allowed.contains(part)) {
                return invalidOption(property, part);
            }
            chosen.add(part);
        }
        return new Checked(String.join(";", chosen), null);
    }

    private static Checked invalidOption(HubSpotProperty property, String value) {
        String options = property.options().stream().map(o -> "label: '" + o.label() + "' value: '" + o.value() + "'")
                .collect(Collectors.joining(", ", "[", "]"));
        return problem(property.name(), "INVALID_OPTION", value + " was not one of the allowed options: " + options);
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Checked problem(String name, String error, String message) {
        return new Checked(null, new PropertyProblem(name, error, message));
    }
}
