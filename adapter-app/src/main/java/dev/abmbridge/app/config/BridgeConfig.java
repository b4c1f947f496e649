package dev.abmbridge.app.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A validated abm-bridge.yml: the playbook, the state store and the connections, in source precedence order (the
 * order of the file).
 *
 * @param file     the configuration file; relative paths in it are relative to its directory
 * @param playbook the playbook file, resolved
 */
public record BridgeConfig(Path file, Path playbook, StateStoreSettings stateStore,
                           List<ConfiguredConnection> connections) {

    public BridgeConfig {
        connections = List.copyOf(connections);
    }

    /** The directory relative paths and {@code file:} secrets are resolved against. */
    public Path baseDir() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }

    public Optional<ConfiguredConnection> connection(String name) {
        return connections.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<ConfiguredConnection> withRole(ConnectionRole role) {
        return connections.stream().filter(c -> c.has(role)).toList();
    }

    /**
     * @param password null for none (H2's default user)
     */
    public record StateStoreSettings(String url, String username, Secret password, int maxPoolSize) {

        public static final String DEFAULT_URL = "jdbc:h2:file:./abm-data/state;AUTO_SERVER=TRUE";
    }
}
