package dev.abmbridge.sandbox.salesforce;

import java.math.BigDecimal;
import java.util.Locale;

/** Compares stored values the way SOQL does for the field's type (numbers numerically, text case-insensitively). */
final class ValueComparator {

    private ValueComparator() {
    }

    static int compare(SalesforceFieldType type, String left, String right) {
        if (type.isNumber()) {
            return new BigDecimal(left).compareTo(new BigDecimal(right));
        }
        if (type == SalesforceFieldType.DATETIME || type == SalesforceFieldType.ID || type == SalesforceFieldType.REFERENCE) {
            return left.compareTo(right);
        }
        return left.toLowerCase(Locale.ROOT).compareTo(right.toLowerCase(Locale.ROOT));
    }
}
