package dev.abmbridge.core.lookup;

import dev.abmbridge.core.normalize.FreeMailDomains;
import dev.abmbridge.core.normalize.RegistrableDomain;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory index behind the look-up API: the latest card of every unified account by registrable domain. An
 * engine fills it through {@link AccountObserver} as it evaluates, so a sync keeps it current; a look-up is one
 * normalization and one hash probe, with no I/O.
 *
 * <p>Each card is held as the API's JSON answer ({@link AccountCardJson}), encoded once when the account is
 * evaluated: a look-up then writes stored bytes instead of serializing per request, and the bytes take about as
 * much heap as the card's objects did.
 */
public final class AccountDirectory implements AccountObserver {

    private final ConcurrentHashMap<String, byte[]> jsonByDomain = new ConcurrentHashMap<>();
    /** The domain each unified account was last found by, so a changed or lost domain stops answering. */
    private final ConcurrentHashMap<String, String> domainOfKey = new ConcurrentHashMap<>();

    @Override
    public void evaluated(String unifyKey, AccountCard card) {
        byte[] json = AccountCardJson.encode(card);
        String previous = domainOfKey.put(unifyKey, card.domain());
        if (previous != null && !previous.equals(card.domain())) {
            jsonByDomain.remove(previous);
        }
        jsonByDomain.put(card.domain(), json);
    }

    @Override
    public void gone(String unifyKey) {
        String previous = domainOfKey.remove(unifyKey);
        if (previous != null) {
            jsonByDomain.remove(previous);
        }
    }

    /** The account of a domain, URL or host ({@code www.acme.co.uk}, {@code https://acme.com/pricing}). */
    public Optional<AccountCard> byDomain(String domainOrUrl) {
        return jsonByDomain(domainOrUrl).map(AccountDirectory::card);
    }

    /**
     * The account of an e-mail address's domain; empty for free-mail domains, which say nothing about a company
     * (PLAYBOOK.md, identity resolution).
     */
    public Optional<AccountCard> byEmail(String email) {
        return jsonByEmail(email).map(AccountDirectory::card);
    }

    /** {@link #byDomain} as the look-up API's JSON answer, read-only. */
    public Optional<ByteBuffer> jsonByDomain(String domainOrUrl) {
        byte[] exact = exactly(domainOrUrl);
        if (exact != null) {
            return Optional.of(readOnly(exact));
        }
        String domain = RegistrableDomain.of(domainOrUrl);
        return domain == null ? Optional.empty() : answer(domain);
    }

    /** {@link #byEmail} as the look-up API's JSON answer, read-only. */
    public Optional<ByteBuffer> jsonByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        int at = email.lastIndexOf('@');
        if (at < 1 || at == email.length() - 1) {
            return Optional.empty();
        }
        String host = email.substring(at + 1);
        byte[] exact = exactly(host);
        if (exact != null) {
            return FreeMailDomains.isFreeMail(host.toLowerCase(Locale.ROOT)) ? Optional.empty()
                    : Optional.of(readOnly(exact));
        }
        String domain = RegistrableDomain.of(host);
        if (domain == null || FreeMailDomains.isFreeMail(domain)) {
            return Optional.empty();
        }
        return answer(domain);
    }

    public int size() {
        return jsonByDomain.size();
    }

    private Optional<ByteBuffer> answer(String domain) {
        byte[] json = jsonByDomain.get(domain);
        return json == null ? Optional.empty() : Optional.of(readOnly(json));
    }

    /**
     * The answer when the text, in lower case, is itself a domain the directory holds: every held domain is a
     * registrable domain ({@code AccountNormalizer} made it), which {@link RegistrableDomain#of} gives back
     * unchanged, so one probe finds what normalizing would have found, without the public-suffix walk that costs
     * more than the rest of a look-up. Null for anything else (a host under the domain, a URL, an unknown
     * domain): those take the normalization.
     */
    private byte[] exactly(String text) {
        if (text == null || text.isEmpty() || text.length() > 253) {
            return null;
        }
        boolean upper = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) {
                return null;
            }
        }
        return jsonByDomain.get(upper ? text.toLowerCase(Locale.ROOT) : text);
    }

    /** Callers share the stored bytes and must not be able to change another caller's answer. */
    private static ByteBuffer readOnly(byte[] json) {
        return ByteBuffer.wrap(json).asReadOnlyBuffer();
    }

    private static AccountCard card(ByteBuffer json) {
        byte[] bytes = new byte[json.remaining()];
        json.get(bytes);
        return AccountCardJson.decode(bytes);
    }
}
