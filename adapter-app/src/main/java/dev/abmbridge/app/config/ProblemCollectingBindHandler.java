package dev.abmbridge.app.config;

import dev.abmbridge.core.condition.EditDistance;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds one part of the configuration and, instead of stopping at the first bad value, notes every value that
 * cannot be converted and, at the end, every key the target does not have (with the closest known key). The
 * messages never quote a value: a value in the wrong place may be a secret.
 */
final class ProblemCollectingBindHandler extends AbstractBindHandler {

    private final ConfigSource source;
    private final List<ConfigProblem> problems;
    private final Set<String> failed = new HashSet<>();

    private ProblemCollectingBindHandler(ConfigSource source, List<ConfigProblem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** Binds {@code name} to {@code type}, adding every problem to {@code problems}; null when nothing is there. */
    static <T> T bind(org.springframework.boot.context.properties.bind.Binder binder, ConfigSource source, String name,
                      Class<T> type, List<ConfigProblem> problems) {
        ProblemCollectingBindHandler collecting = new ProblemCollectingBindHandler(source, problems);
        try {
            return binder.bind(name, Bindable.of(type), new NoUnboundElementsBindHandler(collecting)).orElse(null);
        } catch (org.springframework.boot.context.properties.bind.BindException e) {
            if (e.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
                collecting.unknownKeys(ConfigurationPropertyName.of(name), type, unbound);
                return binder.bind(name, Bindable.of(type), collecting).orElse(null);
            }
            throw e;
        }
    }

    @Override
    public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Exception error) {
        ConfigurationProperty property = context.getConfigurationProperty();
        if (failed.add(name.toString())) {
            String message = name + " must be " + describe(target.getType().resolve(Object.class));
            problems.add(source.at(property == null ? null : property.getOrigin(), name.toString(), message,
                    example(target)));
        }
        return null;
    }

    private void unknownKeys(ConfigurationPropertyName root, Class<?> type, UnboundConfigurationPropertiesException e) {
        List<ConfigurationProperty> unbound = new ArrayList<>(e.getUnboundProperties());
        unbound.sort((a, b) -> a.getName().toString().compareTo(b.getName().toString()));
        for (ConfigurationProperty p : unbound) {
            String name = p.getName().toString();
            if (failed.stream().anyMatch(f -> name.equals(f) || name.startsWith(f + ".") || name.startsWith(f + "["))) {
                continue;
            }
            List<String> path = new ArrayList<>();
            for (int i = root.getNumberOfElements(); i < p.getName().getNumberOfElements(); i++) {
                path.add(p.getName().getElement(i, ConfigurationPropertyName.Form.DASHED));
            }
            List<String> known = knownKeys(type, path.subList(0, path.size() - 1));
            String written = path.get(path.size() - 1);
            String suggestion = EditDistance.closest(written, known).map(k -> "did you mean '" + k + "'?")
                    .orElse("known keys here: " + String.join(", ", known));
            problems.add(source.at(p.getOrigin(), name, "unknown key " + name, suggestion));
        }
    }

    /** The kebab-case keys of the record reached by following {@code path} from {@code type}. */
    static List<String> knownKeys(Class<?> type, List<String> path) {
        Class<?> at = type;
        for (String element : path) {
            if (at == null || !at.isRecord()) {
                return List.of();
            }
            at = Arrays.stream(at.getRecordComponents()).filter(c -> kebab(c.getName()).equals(element))
                    .map(RecordComponent::getType).findFirst().orElse(null);
        }
        return at == null || !at.isRecord() ? List.of()
                : Arrays.stream(at.getRecordComponents()).map(c -> kebab(c.getName())).toList();
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Duration.class) {
            return "a duration such as 30s, 5m or 2h";
        }
        if (type == Path.class) {
            return "a file path";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList());
        }
        if (type.isRecord()) {
            return "a section of keys (key: value lines indented below it)";
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "a section of name: value lines";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list, e.g. [a, b]";
        }
        return "a text value";
    }

    private static String example(Bindable<?> target) {
        Class<?> type = target.getType().resolve(Object.class);
        if (type == Integer.class || type == Long.class) {
            return "write digits only, e.g. 5000";
        }
        if (type == Duration.class) {
            return "write e.g. 30s";
        }
        if (type == Boolean.class) {
            return "write true or false";
        }
        return "write " + describe(type);
    }
}
