package dev.abmbridge.core.lookup;

import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The look-up API's answer for one account as UTF-8 JSON, fields in the record's order and nulls written (the
 * OpenAPI description's AccountCard). The API's wire format is fixed here rather than by the web server's JSON
 * settings, so the directory can hold each answer ready to send. Thread-safe.
 */
final class AccountCardJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ObjectWriter WRITER = JSON.writerFor(AccountCard.class);
    private static final ObjectReader READER = JSON.readerFor(AccountCard.class);

    private AccountCardJson() {
    }

    static byte[] encode(AccountCard card) {
        return WRITER.writeValueAsBytes(card);
    }

    static AccountCard decode(byte[] json) {
        return READER.readValue(json);
    }
}
