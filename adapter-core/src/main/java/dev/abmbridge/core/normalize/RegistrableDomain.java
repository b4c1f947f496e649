package dev.abmbridge.core.normalize;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.Locale;

/**
 * Registrable domain of a domain, URL or e-mail address, by the public-suffix list.
 *
 * <p>Internationalized names are returned in their Unicode form, so {@code xn--mnchen-3ya.de} and
 * {@code MÜNCHEN.de} both give {@code münchen.de} and records from systems that store either
 * spelling still meet. The conversion is IDNA 2003 ({@link IDN}), the one the JDK ships.
 */
public final class RegistrableDomain {
    private RegistrableDomain() {
    }

    /** {@code https://www.eu.acme.co.uk:8080/x?y} → {@code acme.co.uk}; null when missing or not a domain. */
    public static String of(String domainUrlOrEmail) {
        String text = TextValue.clean(domainUrlOrEmail);
        if (text == null) {
            return null;
        }
        String host = hostOf(text);
        if (host == null || host.isEmpty() || InetAddresses.isUriInetAddress(host)) {
            return null;
        }
        String unicode = toUnicode(host);
        if (unicode == null || !InternetDomainName.isValid(unicode)) {
            return null;
        }
        InternetDomainName name = InternetDomainName.from(unicode);
        if (!name.isUnderPublicSuffix()) {
            // A bare public suffix (co.uk), an unknown top-level domain (acme.local) or one label.
            return null;
        }
        return name.topPrivateDomain().toString();
    }

    /** The host part: scheme, userinfo / e-mail local part, port, path, query and fragment removed. */
    private static String hostOf(String text) {
        String s = text;
        int scheme = s.indexOf("://");
        if (scheme > 0 && isScheme(s, scheme)) {
            s = s.substring(scheme + 3);
        } else if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
            s = s.substring(7);
        } else if (s.startsWith("//")) {
            s = s.substring(2);
        }
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '?' || c == '#' || c == '\\') {
                end = i;
                break;
            }
        }
        s = s.substring(0, end);
        // What precedes the last '@' is the userinfo of a URL or the local part of an e-mail.
        s = s.substring(s.lastIndexOf('@') + 1);
        if (s.startsWith("[")) {
            return null; // an IPv6 literal
        }
        int colon = s.lastIndexOf(':');
        if (colon >= 0) {
            if (!isDigits(s, colon + 1)) {
                return null;
            }
            s = s.substring(0, colon);
        }
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1); // the absolute form "acme.com." names the same domain
        }
        return s;
    }

    private static boolean isScheme(String s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String toUnicode(String host) {
        if (isPlainAsciiHost(host)) {
            return host.toLowerCase(Locale.ROOT); // what the IDN round trip gives, without its cost per record
        }
        try {
            // Through ASCII first: maps upper case, full-width forms and ideographic dots the IDNA way.
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            return IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Letters, digits, hyphens and dots in labels of 1 to 63 characters, and no punycode label. */
    private static boolean isPlainAsciiHost(String host) {
        int label = 0;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c == '.') {
                if (label == 0) {
                    return false;
                }
                label = 0;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                if (++label > 63) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return label > 0 && !host.regionMatches(true, 0, "xn--", 0, 4) && !host.toLowerCase(Locale.ROOT).contains(".xn--");
    }
}
