package dev.abmbridge.hubspot.client;

/** Supplies the bearer token of every call. Implementations never log or expose the token in exceptions. */
public interface TokenProvider {

    String token();

    /** The server refused the current token (401): drop it; returns true when a fresh one may succeed. */
    default boolean invalidate() {
        return false;
    }

    /** A private-app token or a service key: the same bearer token for every call. */
    static TokenProvider fixed(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the HubSpot token is empty");
        }
        return new TokenProvider() {
            @Override
            public String token() {
                return token;
            }

            @Override
            public String toString() {
                return "TokenProvider[fixed, ****]";
            }
        };
    }
}
