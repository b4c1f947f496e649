package dev.abmbridge.sandbox.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tokens issued by one emulator; only these are accepted, and only until they expire on the injected clock. */
public final class TokenRegistry {

    private final Clock clock;
    private final String prefix;
    private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public TokenRegistry(Clock clock, String prefix) {
        this.clock = clock;
        this.prefix = prefix;
    }

    public IssuedToken issue(String subject, Duration lifetime) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        Instant now = clock.instant();
        IssuedToken token = new IssuedToken(prefix + HexFormat.of().formatHex(bytes), subject, now, now.plus(lifetime));
        tokens.put(token.value(), token);
        return token;
    }

    /** Registers a token with a known value (e.g. a private-app token shown in the sandbox docs). */
    public IssuedToken register(String value, String subject, Duration lifetime) {
        Instant now = clock.instant();
        IssuedToken token = new IssuedToken(value, subject, now, now.plus(lifetime));
        tokens.put(value, token);
        return token;
    }

    public TokenStatus status(String value) {
        if (value == null) {
            return TokenStatus.UNKNOWN;
        }
        IssuedToken token = tokens.get(value);
        if (token == null) {
            return TokenStatus.UNKNOWN;
        }
        return token.expiredAt(clock.instant()) ? TokenStatus.EXPIRED : TokenStatus.VALID;
    }

    public Optional<IssuedToken> find(String value) {
        return value == null ? Optional.empty() : Optional.ofNullable(tokens.get(value));
    }

    public void revoke(String value) {
        tokens.remove(value);
    }
}
