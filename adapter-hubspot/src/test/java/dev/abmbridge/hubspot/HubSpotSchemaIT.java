package dev.abmbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSpotSchemaIT {

    @Test
    void aFreshPortalLacksTheGroupAndTheOwnedPropertiesOnly() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.empty()) {
            List<HubSpotSchemaCheck.Finding> findings = new HubSpotSchemaCheck(portal.connection).check();

            assertThat(findings).hasSize(11).allSatisfy(f -> assertThat(f.fixable()).isTrue());
            assertThat(findings).extracting(HubSpotSchemaCheck.Finding::name).contains("abm", "abm_fit_score", "abm_tier", "abm_is_icp",
                    "abm_reason", "abm_coverage", "abm_missing_roles", "abm_buying_role", "abm_seniority", "abm_function");
        }
    }

    @Test
    void aDryRunListsTheActionsAndCreatesNothing() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.empty()) {
            List<String> actions = new HubSpotSchemaSetup(portal.connection).setup(true);

            assertThat(actions).hasSize(11);
            assertThat(actions.get(0)).startsWith("create property group");
            assertThat(actions).contains("create property contacts.abm_seniority (enumeration/select)");
            assertThat(portal.calls("properties:post")).isZero();
            assertThat(new HubSpotSchemaCheck(portal.connection).check()).hasSize(11);
        }
    }

    @Test
    void setupCreatesEverythingOnceWithTypesAndOptions() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.empty()) {
            assertThat(new HubSpotSchemaSetup(portal.connection).setup(false)).hasSize(11);

            assertThat(new HubSpotSchemaCheck(portal.connection).check()).isEmpty();
            assertThat(new HubSpotSchemaSetup(portal.connection).setup(false)).isEmpty();
            HubSpotPropertyDefinitions.Definition seniority = portal.connection.definitions().find("contacts", "abm_seniority").orElseThrow();
            assertThat(seniority.type()).isEqualTo("enumeration");
            assertThat(seniority.options()).containsExactly("C_LEVEL", "VP", "DIRECTOR", "MANAGER", "STAFF", "UNKNOWN");
            assertThat(seniority.groupName()).isEqualTo("abm");
            assertThat(portal.connection.definitions().find("companies", "abm_fit_score").orElseThrow().type()).isEqualTo("number");
        }
    }

    @Test
    void aMappingToANativeOptionThePortalLacksIsReportedForAPersonToFix() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.start(0, 0, c -> c,
                c -> c.withValueMappings(Map.of("Tier 1", "tier_1", "Strategic", "tier_0"), Map.of("Champion", "SUPER_FAN")))) {
            portal.setUpSchema();

            List<HubSpotSchemaCheck.Finding> findings = new HubSpotSchemaCheck(portal.connection).check();

            assertThat(findings).hasSize(2).allSatisfy(f -> assertThat(f.fixable()).isFalse());
            assertThat(findings).extracting(Object::toString).anyMatch(s -> s.contains("hs_ideal_customer_profile") && s.contains("tier_0"))
                    .anyMatch(s -> s.contains("hs_buying_role") && s.contains("SUPER_FAN"));
        }
    }
}
