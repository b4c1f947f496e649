package dev.abmbridge.sandbox.salesforce;

import java.util.List;

/** A parsed SOQL query of the supported subset. {@code fields} is empty for {@code SELECT COUNT()}. */
record SoqlQuery(List<SoqlToken> fields, boolean count, SoqlToken object, SoqlCondition where, List<Order> orderBy, Integer limit) {

    record Order(SoqlToken field, boolean descending, boolean nullsLast) {
    }
}
