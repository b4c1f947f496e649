package dev.abmbridge.core.condition;

import dev.abmbridge.core.normalize.TextKey;
import dev.abmbridge.core.normalize.TextKeySet;

import java.util.List;
import java.util.RandomAccess;
import java.util.Set;

/** Field conditions on lists of text such as {@code technologies}: a list contains an element. */
final class ListRules {
    private ListRules() {
    }

    static <T> Rule<T> rule(Operator op, Object operand, FieldDef<T> field) {
        var get = field.accessor();
        return switch (op) {
            case CONTAINS -> {
                TextKeySet key = TextKeySet.of(List.of(Operands.key(Operands.scalar(op, operand))));
                yield t -> anyElementIs(get.apply(t), key);
            }
            case CONTAINS_ANY -> {
                Set<String> keys = Operands.keys(Operands.list(op, operand));
                if (keys.size() <= TextRules.SCAN_LIMIT) {
                    TextKeySet scan = TextKeySet.of(keys);
                    yield t -> anyElementIs(get.apply(t), scan);
                }
                yield t -> anyElement(get.apply(t), keys::contains);
            }
            case MATCHES -> {
                CaseInsensitiveRegex p = Operands.regex(operand);
                yield t -> {
                    Object v = get.apply(t);
                    if (MissingValue.isMissing(v)) {
                        return Truth.UNKNOWN;
                    }
                    for (Object e : (List<?>) v) {
                        if (e != null && p.find(e.toString())) {
                            return Truth.TRUE;
                        }
                    }
                    return Truth.FALSE;
                };
            }
            default -> throw new OperandException("'" + field.name() + "' is a list: " + op.key() + " does not apply",
                    "use contains (has this element) or containsAny (has one of these elements)");
        };
    }

    /**
     * {@code anyElement(value, keys::contains)} without building each element's key: elements are
     * compared with the keys as they are ({@link TextKeySet}); an element with no key matches none.
     */
    static Truth anyElementIs(Object value, TextKeySet keys) {
        // a list field's value is a list, and a list is missing when it is empty (MissingValue); asked here
        // directly because MissingValue's type tests, shared by every kind of rule, are slow on this path
        List<?> list = (List<?>) value;
        if (list == null || list.isEmpty()) {
            return Truth.UNKNOWN;
        }
        if (list instanceof RandomAccess) {
            for (int i = 0, n = list.size(); i < n; i++) { // no iterator to allocate
                if (isKeyIn(list.get(i), keys)) {
                    return Truth.TRUE;
                }
            }
        } else {
            for (Object e : list) {
                if (isKeyIn(e, keys)) {
                    return Truth.TRUE;
                }
            }
        }
        return Truth.FALSE;
    }

    private static boolean isKeyIn(Object element, TextKeySet keys) {
        return element != null && keys.compare(element.toString()) == TextKey.SAME;
    }

    static Truth anyElement(Object value, java.util.function.Predicate<String> keyTest) {
        if (MissingValue.isMissing(value)) {
            return Truth.UNKNOWN;
        }
        for (Object e : (List<?>) value) {
            String k = e == null ? null : TextKey.of(e.toString());
            if (k != null && keyTest.test(k)) {
                return Truth.TRUE;
            }
        }
        return Truth.FALSE;
    }
}
