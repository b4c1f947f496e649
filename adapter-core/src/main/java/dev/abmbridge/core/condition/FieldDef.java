package dev.abmbridge.core.condition;

import java.util.List;
import java.util.function.Function;

/**
 * One field a condition may test.
 *
 * @param allowedValues  for enumerated text fields (seniority, region, ...): the only values there are; empty for free text
 */
public record FieldDef<T>(String name, FieldType type, Function<T, Object> accessor, List<String> allowedValues) {

    public FieldDef {
        allowedValues = List.copyOf(allowedValues);
    }

    public static <T> FieldDef<T> of(String name, FieldType type, Function<T, Object> accessor) {
        return new FieldDef<>(name, type, accessor, List.of());
    }
}
