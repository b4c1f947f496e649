package dev.abmbridge.sandbox.salesforce;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** query / queryAll / queryMore over the org's tables, with server-side cursors paged by the QueryOptions batch size. */
final class QueryService {

    static final int DEFAULT_BATCH = 2000;
    static final int MIN_BATCH = 200;

    private final SalesforceOrg org;
    private final Map<String, QueryCursor> cursors = new ConcurrentHashMap<>();
    private final AtomicLong cursorNumber = new AtomicLong(1);

    QueryService(SalesforceOrg org) {
        this.org = org;
    }

    /** Every row of a query in one page, without a cursor (a Bulk API query batch). */
    QueryPage all(String soql) {
        return query(soql, null, false, true);
    }

    QueryPage query(String soql, Integer batchSize, boolean includeDeleted) {
        return query(soql, batchSize, includeDeleted, false);
    }

    private QueryPage query(String soql, Integer batchSize, boolean includeDeleted, boolean unpaged) {
        SoqlQuery query = SoqlParser.parse(soql);
        SObjectTable table = org.table(query.object().text()).orElseThrow(() -> SalesforceFault.invalidType(query.object().text()));
        SObjectSchema schema = table.schema();
        List<SalesforceField> fields = new ArrayList<>();
        for (SoqlToken token : query.fields()) {
            fields.add(visible(schema, token));
        }
        Predicate<SObjectRow> filter = query.where() == null ? row -> true : SoqlFilter.compile(query.where(), schema);
        List<SObjectRow> matched = new ArrayList<>();
        for (SObjectRow row : table.rows()) {
            if ((includeDeleted || !row.deleted()) && filter.test(row)) {
                matched.add(row);
            }
        }
        if (!query.orderBy().isEmpty()) {
            matched.sort(ordering(query.orderBy(), schema));
        }
        if (query.limit() != null && matched.size() > query.limit()) {
            matched = new ArrayList<>(matched.subList(0, query.limit()));
        }
        if (query.count()) {
            return new QueryPage(schema, fields, List.of(), null, matched.size());
        }
        int batch = batchSize(batchSize);
        if (unpaged || matched.size() <= batch) {
            return new QueryPage(schema, fields, matched, null, matched.size());
        }
        String id = String.format("01gSB%013d", cursorNumber.getAndIncrement());
        cursors.put(id, new QueryCursor(id, schema, fields, matched, org.clock().instant().plus(Duration.ofDays(2))));
        return new QueryPage(schema, fields, matched.subList(0, batch), id + "-" + batch, matched.size());
    }

    QueryPage queryMore(String locator, Integer batchSize) {
        int dash = locator == null ? -1 : locator.lastIndexOf('-');
        QueryCursor cursor = dash < 0 ? null : cursors.get(locator.substring(0, dash));
        Instant now = org.clock().instant();
        if (cursor == null || !now.isBefore(cursor.expiresAt())) {
            throw new SalesforceFault("InvalidQueryLocatorFault", "INVALID_QUERY_LOCATOR", "invalid query locator", null, null);
        }
        int offset = Integer.parseInt(locator.substring(dash + 1));
        int end = Math.min(cursor.rows().size(), offset + batchSize(batchSize));
        List<SObjectRow> rows = cursor.rows().subList(Math.min(offset, end), end);
        String next = end < cursor.rows().size() ? cursor.id() + "-" + end : null;
        if (next == null) {
            cursors.remove(cursor.id());
        }
        return new QueryPage(cursor.schema(), cursor.fields(), rows, next, cursor.rows().size());
    }

    static SalesforceField visible(SObjectSchema schema, SoqlToken token) {
        return schema.visibleField(token.text()).orElseThrow(() -> SalesforceFault.invalidField("No such column '" + token.text()
                + "' on entity '" + schema.name() + "'. If you are attempting to use a custom field, be sure to append the '__c' "
                + "after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
                1, token.column()));
    }

    private static int batchSize(Integer requested) {
        if (requested == null) {
            return DEFAULT_BATCH;
        }
        return Math.max(MIN_BATCH, Math.min(DEFAULT_BATCH, requested));
    }

    private static Comparator<SObjectRow> ordering(List<SoqlQuery.Order> orders, SObjectSchema schema) {
        Comparator<SObjectRow> result = null;
        for (SoqlQuery.Order order : orders) {
            SalesforceField field = visible(schema, order.field());
            int column = schema.column(field.name());
            Comparator<String> values = (a, b) -> ValueComparator.compare(field.type(), a, b);
            if (order.descending()) {
                values = values.reversed();
            }
            Comparator<String> withNulls = order.nullsLast() ? Comparator.nullsLast(values) : Comparator.nullsFirst(values);
            Comparator<SObjectRow> next = Comparator.comparing(row -> row.get(column), withNulls);
            result = result == null ? next : result.thenComparing(next);
        }
        return result;
    }
}
