package dev.abmbridge.sandbox.salesforce;

import java.util.List;

/** A WHERE clause tree: comparisons joined by AND / OR / NOT. */
sealed interface SoqlCondition {

    record And(List<SoqlCondition> parts) implements SoqlCondition {
    }

    record Or(List<SoqlCondition> parts) implements SoqlCondition {
    }

    record Not(SoqlCondition part) implements SoqlCondition {
    }

    /** {@code field op value}; for IN / NOT IN, {@code values} holds the list. A null literal is a null value token. */
    record Comparison(SoqlToken field, String operator, List<SoqlToken> values) implements SoqlCondition {
    }
}
