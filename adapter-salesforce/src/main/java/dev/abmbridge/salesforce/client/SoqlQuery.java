package dev.abmbridge.salesforce.client;

import dev.abmbridge.core.spi.Cursor;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

/** Builds the connector's SOQL statements from validated names and escaped literals. */
public final class SoqlQuery {

    private SoqlQuery() {
    }

    /**
     * The keyset page after {@code after}: {@code WHERE SystemModstamp > t OR (SystemModstamp = t AND Id > 'id')
     * ORDER BY SystemModstamp, Id LIMIT n}.
     */
    public static String keysetPage(String object, List<String> fields, Cursor after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return keysetAll(object, fields, after) + " LIMIT " + limit;
    }

    /** Every record after {@code after} in keyset order, without a limit (a Bulk API query). */
    public static String keysetAll(String object, List<String> fields, Cursor after) {
        String stamp = SoqlLiteral.datetime(after.modifiedAt());
        if (after.lastId().isEmpty()) {
            return select(object, fields) + " WHERE SystemModstamp >= " + stamp + " ORDER BY SystemModstamp ASC, Id ASC";
        }
        return select(object, fields)
                + " WHERE SystemModstamp > " + stamp
                + " OR (SystemModstamp = " + stamp + " AND Id > " + SoqlLiteral.string(after.lastId()) + ")"
                + " ORDER BY SystemModstamp ASC, Id ASC";
    }

    /** The records with these ids. */
    public static String byIds(String object, List<String> fields, Collection<String> ids) {
        StringJoiner in = new StringJoiner(", ", "(", ")");
        ids.forEach(id -> in.add(SoqlLiteral.string(id)));
        return select(object, fields) + " WHERE Id IN " + in;
    }

    private static String select(String object, List<String> fields) {
        StringJoiner list = new StringJoiner(", ");
        fields.forEach(f -> list.add(SoqlLiteral.identifier(f)));
        return "SELECT " + list + " FROM " + SoqlLiteral.identifier(object);
    }
}
