package dev.abmbridge.core.normalize;

/** Registrable domain of a domain, URL or e-mail address, by the public-suffix list. */
public final class RegistrableDomain {
    private RegistrableDomain() {
    }

    /** {@code https://www.eu.acme.co.uk:8080/x?y} → {@code acme.co.uk}; null when missing or not a domain. */
    public static String of(String domainUrlOrEmail) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
