package dev.abmbridge.salesforce.client;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The only way a value enters SOQL: every string literal escaped, datetimes formatted (unquoted, as SOQL wants them),
 * identifiers checked against the API-name grammar. Nothing is ever concatenated raw.
 */
public final class SoqlLiteral {

    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Object and field API names, relationship paths included ({@code Account.Name}, {@code ABM_Tier__c}). */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,79}(\\.[A-Za-z][A-Za-z0-9_]{0,79}){0,4}");

    private SoqlLiteral() {
    }

    /** A quoted string literal: backslash, quotes and control characters escaped as SOQL defines. */
    public static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        throw new IllegalArgumentException("a SOQL string cannot carry the control character U+"
                                + String.format("%04X", (int) c));
                    }
                    out.append(c);
                }
            }
        }
        return out.append('\'').toString();
    }

    /** A datetime literal in UTC with milliseconds ({@code 2026-01-01T00:00:00.000Z}); SOQL wants it unquoted. */
    public static String datetime(Instant instant) {
        return DATETIME.format(instant);
    }

    /** The name itself when it is a valid API name; anything else is refused, never escaped into place. */
    public static String identifier(String name) {
        if (!isIdentifier(name)) {
            throw new IllegalArgumentException("not a Salesforce API name: " + (name == null ? "null" : "'" + name + "'"));
        }
        return name;
    }

    public static boolean isIdentifier(String name) {
        return name != null && IDENTIFIER.matcher(name).matches() && !name.contains("__c__") && !name.endsWith("_");
    }
}
