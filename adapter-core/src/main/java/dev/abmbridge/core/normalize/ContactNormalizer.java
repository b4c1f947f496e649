package dev.abmbridge.core.normalize;

import dev.abmbridge.core.model.Contact;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one source record, keyed by the canonical column names of the file contract
 * ({@code id, accountId, email, firstName, lastName, title, country, custom.<name>}), into a
 * canonical {@link Contact}. The e-mail is trimmed and lower-cased; one that is not an address
 * under a public suffix rejects the record with {@link InvalidRecordException}. An unrecognized
 * country becomes missing.
 */
public final class ContactNormalizer {
    private ContactNormalizer() {
    }

    public static Contact normalize(String source, Map<String, String> raw) {
        return new Contact(
                RecordFields.requireId(raw),
                source,
                TextValue.clean(raw.get("accountId")),
                email(raw.get("email")),
                TextValue.clean(raw.get("firstName")),
                TextValue.clean(raw.get("lastName")),
                TextValue.clean(raw.get("title")),
                CountryNormalizer.toAlpha2(raw.get("country")).orElse(null),
                null,
                null,
                RecordFields.custom(raw));
    }

    /** Trimmed and lower-cased; null when missing or a placeholder ({@code n/a}). */
    static String email(String value) {
        if (Placeholder.isMissing(value)) {
            return null;
        }
        String email = value.strip().toLowerCase(Locale.ROOT);
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1) {
            throw new InvalidRecordException("email", value, "not an e-mail address (needs local-part@domain)");
        }
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            if (Character.isWhitespace(c) || c == '<' || c == '>' || c == ',' || c == ';') {
                throw new InvalidRecordException("email", value, "not a single e-mail address");
            }
        }
        String domain = email.substring(at + 1);
        if (domain.indexOf(':') >= 0 || domain.indexOf('/') >= 0 || RegistrableDomain.of(domain) == null) {
            throw new InvalidRecordException("email", value, "domain '" + domain + "' is not a domain under a public suffix");
        }
        return email;
    }
}
