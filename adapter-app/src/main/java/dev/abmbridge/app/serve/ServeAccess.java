package dev.abmbridge.app.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Who may use the server. On a loopback address without a token, only this machine can reach it and nothing is
 * asked; a configured token is always required; any other address without a token refuses to start.
 */
public final class ServeAccess {

    private final String token;

    private ServeAccess(String token) {
        this.token = token;
    }

    /** @param address {@code server.address}; null or blank means every interface */
    public static ServeAccess of(String address, Optional<String> token) {
        if (token.isEmpty() && !isLoopback(address)) {
            throw new IllegalStateException("serve would listen on " + (address == null || address.isBlank()
                    ? "every network interface" : address) + ", which other machines can reach: set a token with the"
                    + " environment variable ABM_SERVE_TOKEN or --token-file (see docs/serve.md), or listen on"
                    + " 127.0.0.1");
        }
        return new ServeAccess(token.orElse(null));
    }

    public boolean tokenRequired() {
        return token != null;
    }

    public boolean accepts(String given) {
        return token != null && Secrets.matches(token, given);
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(address.strip())) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "ServeAccess[token " + (token == null ? "not required" : "required") + "]";
    }
}
