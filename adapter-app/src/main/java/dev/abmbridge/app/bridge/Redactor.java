package dev.abmbridge.app.bridge;

import dev.abmbridge.app.config.BridgeConfig;
import dev.abmbridge.app.config.ConfiguredConnection;
import dev.abmbridge.app.config.Secret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The last line of defence for messages that come from elsewhere (a system's error text, a library's exception):
 * every value of the configuration's secrets is replaced by {@code ****} before such a message is shown. Our own
 * messages name references only and never need it.
 */
public final class Redactor {

    private static final Redactor NONE = new Redactor(List.of());
    private final List<String> values;

    private Redactor(List<String> values) {
        this.values = values.stream().filter(v -> v.length() >= 4).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public static Redactor none() {
        return NONE;
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
        return out;
    }

    /** An exception as one line: its kind and its (scrubbed) message. */
    public String message(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + scrub(e.getMessage()));
    }
}
