package dev.abmbridge.core.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Free (consumer) e-mail domains, from {@code free-mail-domains.txt} (where the list comes from is
 * said in its header). An e-mail at one of these says nothing about the person's company.
 */
public final class FreeMailDomains {
    private static final String ANY_SUFFIX = ".*";

    private static final Set<String> EXACT;
    /** First labels of providers listed as {@code name.*}: yahoo, hotmail, ... */
    private static final Set<String> ANY_SUFFIX_NAMES;

    static {
        Set<String> exact = new HashSet<>();
        Set<String> names = new HashSet<>();
        load(exact, names);
        EXACT = Set.copyOf(exact);
        ANY_SUFFIX_NAMES = Set.copyOf(names);
    }

    private FreeMailDomains() {
    }

    /**
     * Whether a registrable domain (as {@link RegistrableDomain#of} gives it) is a free-mail
     * domain. Null or blank is not.
     */
    public static boolean isFreeMail(String registrableDomain) {
        String domain = TextValue.clean(registrableDomain);
        if (domain == null) {
            return false;
        }
        domain = domain.toLowerCase(Locale.ROOT);
        if (EXACT.contains(domain)) {
            return true;
        }
        // A registrable domain is one label in front of a public suffix: yahoo.co.uk → "yahoo".
        int dot = domain.indexOf('.');
        return dot > 0 && ANY_SUFFIX_NAMES.contains(domain.substring(0, dot));
    }

    private static void load(Set<String> exact, Set<String> names) {
        InputStream in = FreeMailDomains.class.getResourceAsStream("free-mail-domains.txt");
        if (in == null) {
            throw new IllegalStateException("free-mail-domains.txt is missing from the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip().toLowerCase(Locale.ROOT);
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.endsWith(ANY_SUFFIX)) {
                    names.add(entry.substring(0, entry.length() - ANY_SUFFIX.length()));
                } else {
                    exact.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
