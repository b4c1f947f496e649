package dev.abmbridge.app.serve;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HubSpot's v3 request signature ({@code X-HubSpot-Signature-v3}): Base64 of HMAC-SHA256, keyed with the app's
 * client secret, over method + URI + body + the {@code X-HubSpot-Request-Timestamp} header (epoch milliseconds),
 * with the URI's percent-encoded {@code : / ? @ ! $ ' ( ) * , ;} decoded first. A request whose timestamp is more
 * than the allowed age away from now is refused, signed or not, so a captured request cannot be replayed later.
 */
final class HubSpotSignature {

    /** The characters HubSpot decodes in the URI before signing. */
    private static final Map<String, String> DECODED = Map.ofEntries(Map.entry("3A", ":"), Map.entry("2F", "/"),
            Map.entry("3F", "?"), Map.entry("40", "@"), Map.entry("21", "!"), Map.entry("24", "$"),
            Map.entry("27", "'"), Map.entry("28", "("), Map.entry("29", ")"), Map.entry("2A", "*"),
            Map.entry("2C", ","), Map.entry("3B", ";"));
    private static final Pattern ESCAPE = Pattern.compile("%([0-9A-Fa-f]{2})");

    private final SecretKeySpec key;
    private final Duration maxAge;
    private final Clock clock;

    HubSpotSignature(String clientSecret, Duration maxAge, Clock clock) {
        this.key = new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** Why a request is refused; null when it is HubSpot's and recent. */
    String problem(String method, String uri, String body, String signature, String timestamp) {
        if (signature == null || timestamp == null) {
            return "missing X-HubSpot-Signature-v3 or X-HubSpot-Request-Timestamp";
        }
        long sent;
        try {
            sent = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return "the timestamp is not epoch milliseconds";
        }
        if (Math.abs(clock.millis() - sent) > maxAge.toMillis()) {
            return "the timestamp is more than " + maxAge.toMinutes() + " minutes away from now";
        }
        byte[] expected = sign(method + decode(uri) + (body == null ? "" : body) + timestamp.strip())
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII)) ? null
                : "the signature does not match";
    }

    String sign(String source) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(source.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    static String decode(String uri) {
        Matcher m = ESCAPE.matcher(uri);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String decoded = DECODED.get(m.group(1).toUpperCase(java.util.Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(decoded == null ? m.group() : decoded));
        }
        m.appendTail(out);
        return out.toString();
    }
}
