package dev.abmbridge.core.condition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The fields a kind of subject offers to conditions, including its {@code custom.<name>} fields. */
public final class FieldCatalog<T> {

    public static final String CUSTOM_PREFIX = "custom.";

    private final String subject;
    private final Map<String, FieldDef<T>> fields;
    private final Function<T, Map<String, Object>> custom;

    private FieldCatalog(String subject, Map<String, FieldDef<T>> fields, Function<T, Map<String, Object>> custom) {
        this.subject = subject;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.custom = custom;
    }

    public static <T> FieldCatalog<T> of(String subject, List<FieldDef<T>> fields,
                                         Function<T, Map<String, Object>> custom) {
        Map<String, FieldDef<T>> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        return new FieldCatalog<>(subject, byName, custom);
    }

    /** What the subject is called in messages: "account", "contact". */
    public String subject() {
        return subject;
    }

    public Optional<FieldDef<T>> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (name.startsWith(CUSTOM_PREFIX) && name.length() > CUSTOM_PREFIX.length()) {
            String key = name.substring(CUSTOM_PREFIX.length());
            return Optional.of(FieldDef.of(name, FieldType.DYNAMIC, t -> custom.apply(t).get(key)));
        }
        return Optional.ofNullable(fields.get(name));
    }

    /** The custom fields of a subject, for CEL's {@code custom} map. */
    public Map<String, Object> customOf(T subject) {
        return custom.apply(subject);
    }

    /** Named fields in declaration order, without {@code custom.*}. */
    public List<FieldDef<T>> fields() {
        return List.copyOf(fields.values());
    }
}
