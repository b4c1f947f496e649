package dev.abmbridge.app.config;

import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The property sources of one abm-bridge.yml (Spring Boot's YAML loader: one per document), with the line and
 * column of every key, for messages.
 */
final class ConfigSource {

    private final String fileName;
    private final List<PropertySource<?>> sources;
    /** Every property name in file order, with its place. */
    private final Map<String, int[]> places = new LinkedHashMap<>();

    private ConfigSource(String fileName, List<PropertySource<?>> sources) {
        this.fileName = fileName;
        this.sources = sources;
        for (PropertySource<?> s : sources) {
            if (s instanceof EnumerablePropertySource<?> e) {
                for (String name : e.getPropertyNames()) {
                    Origin origin = s instanceof OriginLookup<?> lookup ? originOf(lookup, name) : null;
                    places.putIfAbsent(name, place(origin));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Origin originOf(OriginLookup<?> lookup, String name) {
        return ((OriginLookup<String>) lookup).getOrigin(name);
    }

    /** Loads the file; a YAML syntax error becomes an {@link InvalidConfigException} with its place. */
    static ConfigSource load(Path file) {
        String name = file.toString();
        try {
            List<PropertySource<?>> loaded = new YamlPropertySourceLoader().load(name, new FileSystemResource(file));
            return new ConfigSource(name, loaded);
        } catch (IOException | RuntimeException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof MarkedYAMLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                throw new InvalidConfigException(List.of(new ConfigProblem(name, yaml.getProblemMark().getLine() + 1,
                        yaml.getProblemMark().getColumn() + 1, "not valid YAML: " + yaml.getProblem(),
                        "indent keys with spaces (no tabs) and write 'key: value'")));
            }
            throw new InvalidConfigException(List.of(new ConfigProblem(name, 0, 0,
                    "cannot read the configuration (" + e.getClass().getSimpleName() + ")", "check the file")));
        }
    }

    List<PropertySource<?>> sources() {
        return sources;
    }

    String fileName() {
        return fileName;
    }

    /** Every property name as the loader wrote it ({@code abm.connections.crm.client-id}, {@code x.roles[0]}). */
    List<String> names() {
        return new ArrayList<>(places.keySet());
    }

    /** A problem at the place of {@code name}, or of the first key under it, or without a place. */
    ConfigProblem problem(String name, String message, String fix) {
        int[] at = places.get(name);
        if (at == null) {
            at = places.entrySet().stream().filter(e -> e.getKey().startsWith(name + ".")
                    || e.getKey().startsWith(name + "[")).map(Map.Entry::getValue).findFirst().orElse(new int[] {0, 0});
        }
        return new ConfigProblem(fileName, at[0], at[1], message, fix);
    }

    /** A problem at the origin the binder gives, or else at the key's place in the file. */
    ConfigProblem at(Origin origin, String name, String message, String fix) {
        int[] p = place(origin);
        return p[0] > 0 ? new ConfigProblem(fileName, p[0], p[1], message, fix) : problem(name, message, fix);
    }

    private static int[] place(Origin origin) {
        for (Origin o = origin; o != null; o = o.getParent()) {
            if (o instanceof TextResourceOrigin text && text.getLocation() != null) {
                return new int[] {text.getLocation().getLine() + 1, text.getLocation().getColumn() + 1};
            }
            if (o instanceof PropertySourceOrigin wrapped && wrapped.getOrigin() != null) {
                return place(wrapped.getOrigin());
            }
        }
        return new int[] {0, 0};
    }

    boolean isEmpty() {
        return places.isEmpty() && sources.stream().noneMatch(s -> s instanceof OriginTrackedMapPropertySource);
    }
}
