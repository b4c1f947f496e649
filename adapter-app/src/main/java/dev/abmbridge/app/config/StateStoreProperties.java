package dev.abmbridge.app.config;

/**
 * Where ABM Bridge keeps its state: an H2 file under ./abm-data by default (nothing to set up), or any JDBC URL,
 * e.g. {@code jdbc:postgresql://db:5432/abm}. The password is a secret reference.
 */
public record StateStoreProperties(String url, String username, String password, Integer maxPoolSize) {
}
