package dev.abmbridge.sandbox.salesforce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Turns a WHERE tree into a row predicate, checking each literal against its field's type as SOQL does. */
final class SoqlFilter {

    private SoqlFilter() {
    }

    static Predicate<SObjectRow> compile(SoqlCondition condition, SObjectSchema schema) {
        if (condition instanceof SoqlCondition.And and) {
            List<Predicate<SObjectRow>> parts = compileAll(and.parts(), schema);
            return row -> parts.stream().allMatch(p -> p.test(row));
        }
        if (condition instanceof SoqlCondition.Or or) {
            List<Predicate<SObjectRow>> parts = compileAll(or.parts(), schema);
            return row -> parts.stream().anyMatch(p -> p.test(row));
        }
        if (condition instanceof SoqlCondition.Not not) {
            return compile(not.part(), schema).negate();
        }
        return comparison((SoqlCondition.Comparison) condition, schema);
    }

    private static List<Predicate<SObjectRow>> compileAll(List<SoqlCondition> parts, SObjectSchema schema) {
        List<Predicate<SObjectRow>> result = new ArrayList<>();
        for (SoqlCondition part : parts) {
            result.add(compile(part, schema));
        }
        return result;
    }

    private static Predicate<SObjectRow> comparison(SoqlCondition.Comparison c, SObjectSchema schema) {
        SalesforceField field = QueryService.visible(schema, c.field());
        int column = schema.column(field.name());
        List<String> values = new ArrayList<>();
        for (SoqlToken token : c.values()) {
            values.add(literal(field, token));
        }
        SalesforceFieldType type = field.type();
        return switch (c.operator()) {
            case "IN" -> row -> values.stream().anyMatch(v -> equal(type, row.get(column), v));
            case "NOT IN" -> row -> values.stream().noneMatch(v -> equal(type, row.get(column), v));
            case "=" -> row -> equal(type, row.get(column), values.get(0));
            case "!=" -> row -> !equal(type, row.get(column), values.get(0));
            default -> {
                String operator = c.operator();
                String bound = values.get(0);
                yield row -> {
                    String value = row.get(column);
                    if (value == null || bound == null) {
                        return false;
                    }
                    int cmp = ValueComparator.compare(type, value, bound);
                    return switch (operator) {
                        case "<" -> cmp < 0;
                        case "<=" -> cmp <= 0;
                        case ">" -> cmp > 0;
                        case ">=" -> cmp >= 0;
                        default -> false;
                    };
                };
            }
        };
    }

    private static boolean equal(SalesforceFieldType type, String value, String literal) {
        if (value == null || literal == null) {
            return value == null && literal == null;
        }
        return ValueComparator.compare(type, value, literal) == 0;
    }

    /** The literal in stored form; null for the null literal. */
    private static String literal(SalesforceField field, SoqlToken token) {
        if (token.isWord("null")) {
            return null;
        }
        SalesforceFieldType type = field.type();
        if (type == SalesforceFieldType.DATETIME) {
            Instant instant = token.kind() == SoqlToken.Kind.DATETIME ? SalesforceTime.parse(token.text()) : null;
            if (instant == null) {
                throw SalesforceFault.invalidField("value of filter criterion for field '" + field.name()
                        + "' must be of type dateTime and should not be enclosed in quotes", 1, token.column());
            }
            return SalesforceTime.format(instant);
        }
        if (type.isNumber()) {
            if (token.kind() != SoqlToken.Kind.NUMBER) {
                throw SalesforceFault.invalidField("value of filter criterion for field '" + field.name()
                        + "' must be of type " + type.wireName() + " and should not be enclosed in quotes", 1, token.column());
            }
            return new BigDecimal(token.text()).toPlainString();
        }
        if (type == SalesforceFieldType.BOOLEAN) {
            if (!token.isWord("true") && !token.isWord("false")) {
                throw SalesforceFault.invalidField("value of filter criterion for field '" + field.name()
                        + "' must be of type boolean and should not be enclosed in quotes", 1, token.column());
            }
            return token.text().toLowerCase(Locale.ROOT);
        }
        if (token.kind() != SoqlToken.Kind.STRING) {
            throw SalesforceFault.malformedQuery("value of filter criterion for field '" + field.name()
                    + "' must be a string enclosed in quotes", 1, token.column());
        }
        return token.text();
    }
}
