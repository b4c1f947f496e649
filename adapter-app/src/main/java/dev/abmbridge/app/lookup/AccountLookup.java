package dev.abmbridge.app.lookup;

import dev.abmbridge.core.lookup.AccountDirectory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What the look-up API answers, apart from HTTP: whose key it is, whether that key may ask now, and the account's
 * JSON (held ready by the {@link AccountDirectory}) or an error. {@link AccountLookupFilter} carries it over HTTP.
 */
public final class AccountLookup {

    static final String KEY_HEADER = "X-Api-Key";

    /** How a look-up ended: the HTTP status and the {@code outcome} label of {@code abm_lookup_requests}. */
    public enum Outcome {
        FOUND(200, null),
        NOT_FOUND(404, null),
        BAD_REQUEST(400, "give exactly one of the parameters domain and email"),
        UNAUTHORIZED(401, "a valid API key is needed in the " + KEY_HEADER + " header"),
        RATE_LIMITED(429, "too many requests for this key; retry after 1 second"),
        CORS_REFUSED(403, null);

        final int status;
        private final byte[] error;

        Outcome(int status, String error) {
            this.status = status;
            this.error = error == null ? null : errorJson(error);
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param holder the name of the key's holder, null when no active key was presented
     * @param body   the JSON to send, read-only
     */
    public record Answer(Outcome outcome, String holder, ByteBuffer body) {
    }

    private static final byte[] NO_ACCOUNT_FOR_DOMAIN = errorJson("no account is known for this domain");
    private static final byte[] NO_ACCOUNT_FOR_EMAIL = errorJson("no account is known for this e-mail address's domain");

    private final AccountDirectory directory;
    private final ApiKeys keys;
    private final KeyRateLimits limits;

    public AccountLookup(AccountDirectory directory, ApiKeys keys, KeyRateLimits limits) {
        this.directory = directory;
        this.keys = keys;
        this.limits = limits;
    }

    /** The answer to a look-up with this key and exactly one of domain and email (either may be null). */
    public Answer answer(String key, String domain, String email) {
        Optional<String> holder = keys.holder(key);
        if (holder.isEmpty()) {
            return error(Outcome.UNAUTHORIZED, null);
        }
        if (!limits.tryAcquire(holder.get())) {
            return error(Outcome.RATE_LIMITED, holder.get());
        }
        if ((domain == null) == (email == null)) {
            return error(Outcome.BAD_REQUEST, holder.get());
        }
        Optional<ByteBuffer> json = domain != null ? directory.jsonByDomain(domain) : directory.jsonByEmail(email);
        if (json.isPresent()) {
            return new Answer(Outcome.FOUND, holder.get(), json.get());
        }
        return new Answer(Outcome.NOT_FOUND, holder.get(),
                readOnly(domain != null ? NO_ACCOUNT_FOR_DOMAIN : NO_ACCOUNT_FOR_EMAIL));
    }

    private static Answer error(Outcome outcome, String holder) {
        return new Answer(outcome, holder, readOnly(outcome.error));
    }

    private static ByteBuffer readOnly(byte[] bytes) {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    /** {@code {"error":"…"}}; the messages are constants without characters JSON would need escaped. */
    private static byte[] errorJson(String message) {
        return ("{\"error\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
