package dev.abmbridge.salesforce;

import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.FieldType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Fits an owned-field value to the field as describe reports it (text cut to its length, numbers rounded to its scale
 * and held within its precision, booleans as true/false), and reads values back in the same form the engine
 * writes them, so that a value written and read again compares equal ({@code 81.0} reads back as {@code 81}).
 */
public final class SalesforceValueFitter {

    private SalesforceValueFitter() {
    }

    /** The value to send; null empties the field (a checkbox becomes false, it cannot be empty). */
    public static String fit(Field field, String value) {
        FieldType type = field.getType();
        if (type == FieldType._boolean) {
            return Boolean.toString(value != null && value.trim().equalsIgnoreCase("true"));
        }
        if (value == null) {
            return null;
        }
        if (isNumber(type)) {
            return fitNumber(field, value);
        }
        int length = field.getLength();
        if (length > 0 && value.codePointCount(0, value.length()) > length) {
            int end = value.offsetByCodePoints(0, length);
            return value.substring(0, end);
        }
        return value;
    }

    /** A value as read, in the engine's form; null for an empty field. */
    public static String readBack(Field field, Object raw) {
        if (raw == null) {
            return null;
        }
        String text = String.valueOf(raw);
        if (text.isEmpty()) {
            return null;
        }
        if (field != null && isNumber(field.getType())) {
            try {
                BigDecimal n = new BigDecimal(text.trim()).stripTrailingZeros();
                return n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString();
            } catch (NumberFormatException e) {
                return text;
            }
        }
        if (field != null && field.getType() == FieldType._boolean) {
            return text.trim().toLowerCase(Locale.ROOT);
        }
        return text;
    }

    static boolean isNumber(FieldType type) {
        return type == FieldType._double || type == FieldType._int || type == FieldType.currency
                || type == FieldType.percent || type == FieldType._long;
    }

    private static String fitNumber(Field field, String value) {
        BigDecimal n;
        try {
            n = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return value; // Salesforce will reject it with its own reason
        }
        int scale = Math.max(0, field.getScale());
        n = n.setScale(field.getType() == FieldType._int ? 0 : scale, RoundingMode.HALF_UP);
        int precision = field.getPrecision() > 0 ? field.getPrecision() : field.getDigits();
        if (precision > 0) {
            BigDecimal max = BigDecimal.TEN.pow(precision - scale).subtract(BigDecimal.ONE.movePointLeft(scale));
            if (n.compareTo(max) > 0) {
                n = max;
            } else if (n.compareTo(max.negate()) < 0) {
                n = max.negate();
            }
        }
        BigDecimal plain = n.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    }
}
