package dev.abmbridge.core.state;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical form of a snapshot: JSON with properties and map entries in key order, so equal records give
 * equal text and equal SHA-256 hashes. Thread-safe.
 */
public final class SnapshotCodec {

    private final JsonMapper json = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    public String canonical(Object record) {
        return json.writeValueAsString(record);
    }

    public Account account(String body) {
        return json.readValue(body, Account.class);
    }

    public Contact contact(String body) {
        return json.readValue(body, Contact.class);
    }

    /** A list of records or values as JSON (batch payloads, summaries). */
    public String json(Object value) {
        return json.writeValueAsString(value);
    }

    public <T> java.util.List<T> list(String body, Class<T> element) {
        return json.readValue(body, json.getTypeFactory().constructCollectionType(java.util.List.class, element));
    }

    public <T> T read(String body, Class<T> type) {
        return json.readValue(body, type);
    }

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
