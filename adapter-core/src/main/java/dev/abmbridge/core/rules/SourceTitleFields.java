package dev.abmbridge.core.rules;

import dev.abmbridge.core.normalize.TextKey;
import dev.abmbridge.core.title.JobFunction;
import dev.abmbridge.core.title.Seniority;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the seniority and department a CRM already carries (for {@code trustSourceFields}); values it
 * does not recognise are left to the title parser.
 */
final class SourceTitleFields {

    private static final Map<String, Seniority> SENIORITY = new HashMap<>();
    private static final Map<String, JobFunction> FUNCTION = new HashMap<>();

    static {
        for (Seniority s : Seniority.values()) {
            SENIORITY.put(TextKey.of(s.name()), s);
        }
        seniority(Seniority.C_LEVEL, "c-level", "c-suite", "cxo", "chief", "executive", "owner", "founder", "partner");
        seniority(Seniority.VP, "vice president", "vp", "svp", "evp", "avp");
        seniority(Seniority.DIRECTOR, "director", "head", "head of");
        seniority(Seniority.MANAGER, "manager", "management", "team lead", "lead");
        seniority(Seniority.STAFF, "individual contributor", "entry", "entry level", "senior", "intern", "non-manager");
        for (JobFunction f : JobFunction.values()) {
            FUNCTION.put(TextKey.of(f.name()), f);
        }
        function(JobFunction.IT, "information technology", "it");
        function(JobFunction.ENGINEERING, "engineering", "r&d", "research and development", "development", "software");
        function(JobFunction.DATA, "data", "analytics", "data science", "business intelligence");
        function(JobFunction.HR, "human resources", "people", "talent", "recruiting");
        function(JobFunction.CUSTOMER_SUCCESS, "customer success", "support", "customer service", "services");
        function(JobFunction.PROCUREMENT, "procurement", "purchasing", "sourcing");
        function(JobFunction.FINANCE, "finance", "accounting");
        function(JobFunction.EXECUTIVE, "executive", "management", "leadership", "c-suite");
        function(JobFunction.OPERATIONS, "operations", "ops");
        function(JobFunction.LEGAL, "legal", "compliance");
        function(JobFunction.MARKETING, "marketing");
        function(JobFunction.SALES, "sales", "business development");
        function(JobFunction.PRODUCT, "product", "product management");
    }

    private SourceTitleFields() {
    }

    private static void seniority(Seniority s, String... names) {
        for (String n : names) {
            SENIORITY.put(TextKey.of(n), s);
        }
    }

    private static void function(JobFunction f, String... names) {
        for (String n : names) {
            FUNCTION.put(TextKey.of(n), f);
        }
    }

    static Optional<Seniority> seniority(String sourceValue) {
        String key = TextKey.of(sourceValue);
        return key == null ? Optional.empty() : Optional.ofNullable(SENIORITY.get(key));
    }

    static Optional<JobFunction> function(String sourceValue) {
        String key = TextKey.of(sourceValue);
        return key == null ? Optional.empty() : Optional.ofNullable(FUNCTION.get(key));
    }
}
