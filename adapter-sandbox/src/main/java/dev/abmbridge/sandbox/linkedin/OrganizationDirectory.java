package dev.abmbridge.sandbox.linkedin;

import dev.abmbridge.sandbox.generator.DemoCompany;
import dev.abmbridge.sandbox.generator.DemoDataSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** LinkedIn's organizations: every demo company has a company page, found by organization id or web domain. */
final class OrganizationDirectory {

    private final Map<Long, DemoCompany> byId = new HashMap<>();
    private final Map<String, DemoCompany> byDomain = new HashMap<>();

    OrganizationDirectory(DemoDataSet data) {
        for (DemoCompany company : data.companies()) {
            byId.put(company.linkedInOrganizationId(), company);
            byDomain.put(company.domain(), company);
        }
    }

    Optional<DemoCompany> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<DemoCompany> byDomain(String domain) {
        if (domain == null) {
            return Optional.empty();
        }
        String d = domain.trim().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("/.*$", "");
        return Optional.ofNullable(byDomain.get(d));
    }

    static String urn(DemoCompany company) {
        return "urn:li:organization:" + company.linkedInOrganizationId();
    }
}
