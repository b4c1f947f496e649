package dev.abmbridge.app.bridge;

import dev.abmbridge.app.config.BridgeConfig;
import dev.abmbridge.app.config.ConfiguredConnection;
import dev.abmbridge.app.config.Secret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The last line of defence for messages that come from elsewhere (a system's error text, a library's exception):
 * every value of the configuration's secrets, and anything shaped like a credential (a bearer token, an
 * {@code access_token=} or {@code "client_secret": "…"} pair), is replaced by {@code ****} before such a message is
 * shown. Our own messages name references only and never need it.
 */
public final class Redactor {

    private static final Redactor NONE = new Redactor(List.of());
    /** Every secret value a configuration resolved in this process, for handlers that see no configuration. */
    private static final Set<String> RESOLVED = ConcurrentHashMap.newKeySet();
    private static final Pattern BEARER = Pattern.compile("(?i)(\\bbearer\\s+)[A-Za-z0-9._~+/=-]{16,}");
    private static final Pattern CREDENTIAL_PAIR = Pattern.compile(
            "(?i)((?:access_token|refresh_token|client_secret|password|assertion|api[_-]?key)[\"']?\\s*[:=]\\s*[\"']?)"
                    + "[^\\s\"'&,;}]{4,}");
    private final List<String> values;

    private Redactor(List<String> values) {
        this.values = values.stream().filter(v -> v.length() >= 4).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public static Redactor none() {
        return NONE;
    }

    /** Scrubs with every secret any configuration resolved in this process so far (the CLI's error handler). */
    public static Redactor process() {
        return new Redactor(List.copyOf(RESOLVED));
    }

    /** The values of every secret the configuration references and the environment holds. */
    public static Redactor of(BridgeConfig config, UnaryOperator<String> environment) {
        List<Secret> secrets = new ArrayList<>();
        secrets.add(config.stateStore().password());
        for (ConfiguredConnection c : config.connections()) {
            if (c instanceof ConfiguredConnection.LinkedIn li) {
                        secrets.addAll(Stream.of(li.clientSecret(), li.accessToken(), li.refreshToken()).toList());
            } else if (c instanceof ConfiguredConnection.Salesforce sf) {
                    var auth = sf.settings().auth();
                    Stream.of(auth.clientSecret(), auth.privateKey(), auth.refreshToken()).filter(Objects::nonNull)
                            .forEach(r -> secrets.add(r.kind() == dev.abmbridge.salesforce.SecretRef.Kind.ENV
                                    ? new Secret(Secret.Kind.ENV, r.location()) : new Secret(Secret.Kind.FILE, r.location())));
            } else if (c instanceof ConfiguredConnection.HubSpot hs) {
                Stream.of(hs.settings().tokenRef(), hs.settings().clientSecretRef(),
                        hs.settings().refreshTokenRef()).filter(Objects::nonNull).forEach(r -> secrets.add(r.startsWith("env:")
                        ? new Secret(Secret.Kind.ENV, r.substring(4)) : new Secret(Secret.Kind.FILE, r.substring(5))));
            }
        }
        List<String> values = new ArrayList<>();
        for (Secret s : secrets) {
            if (s != null && s.unavailable(environment, config.baseDir()).isEmpty()) {
                values.add(s.resolve(environment, config.baseDir()));
            }
        }
        values.stream().filter(v -> v.length() >= 4).forEach(RESOLVED::add);
        return new Redactor(values);
    }

    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String v : values) {
            out = out.replace(v, "****");
        }
        out = BEARER.matcher(out).replaceAll("$1****");
        return CREDENTIAL_PAIR.matcher(out).replaceAll("$1****");
    }

    /** An exception as one line: its kind and its (scrubbed) message. */
    public String message(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + scrub(e.getMessage()));
    }
}
