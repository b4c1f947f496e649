package dev.abmbridge.sandbox.salesforce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * Checks one written value against its field (length, picklist restriction, number type and range, boolean,
 * datetime) and returns the value in stored form, or the per-record error the real API reports.
 */
final class FieldValueCheck {

    record Result(String stored, SaveError error) {
    }

    private FieldValueCheck() {
    }

    static Result check(SalesforceField field, String value) {
        if (value == null) {
            return new Result(null, null);
        }
        SalesforceFieldType type = field.type();
        if (type.isNumber()) {
            return number(field, value);
        }
        if (type == SalesforceFieldType.BOOLEAN) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            return v.equals("true") || v.equals("false") ? new Result(v, null) : typeError(field, value);
        }
        if (type == SalesforceFieldType.DATETIME) {
            Instant instant = SalesforceTime.parse(value);
            return instant == null ? typeError(field, value) : new Result(SalesforceTime.format(instant), null);
        }
        if (field.length() > 0 && value.length() > field.length()) {
            return new Result(null, SaveError.of("STRING_TOO_LONG", field.label() + ": data value too large: " + value
                    + " (max length=" + field.length() + ")", field.name()));
        }
        if (field.restrictedPicklist()) {
            String[] parts = type == SalesforceFieldType.MULTIPICKLIST ? value.split(";") : new String[] {value};
            for (String part : parts) {
                if (!field.picklistValues().contains(part)) {
                    return new Result(null, SaveError.of("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                            field.label() + ": bad value for restricted picklist field: " + part, field.name()));
                }
            }
        }
        return new Result(value, null);
    }

    private static Result number(SalesforceField field, String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return typeError(field, value);
        }
        if (field.type() == SalesforceFieldType.INT) {
            if (number.stripTrailingZeros().scale() > 0) {
                return typeError(field, value);
            }
        }
        int integerDigits = Math.max(0, number.precision() - number.scale());
        if (field.precision() > 0 && integerDigits > field.precision() - field.scale()) {
            return new Result(null, SaveError.of("NUMBER_OUTSIDE_VALID_RANGE", field.label()
                    + ": value outside of valid range on numeric field: " + value, field.name()));
        }
        String stored = field.type() == SalesforceFieldType.INT
                ? number.toBigInteger().toString()
                : Double.toString(number.doubleValue());
        return new Result(stored, null);
    }

    private static Result typeError(SalesforceField field, String value) {
        return new Result(null, SaveError.of("INVALID_TYPE_ON_FIELD_IN_RECORD", field.label() + ": value not of required type: "
                + value, field.name()));
    }
}
