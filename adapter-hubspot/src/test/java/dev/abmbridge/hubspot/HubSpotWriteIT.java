package dev.abmbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.RecordUpdate;
import dev.abmbridge.core.spi.SourceRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writing owned and native properties through the sandbox's HubSpot emulator. */
class HubSpotWriteIT {

    private static RecordUpdate account(String id, String tier, String score, boolean icp) {
        Map<String, String> fields = new HashMap<>();
        fields.put(OwnedFields.TIER, tier);
        fields.put(OwnedFields.FIT_SCORE, score);
        fields.put(OwnedFields.IS_ICP, Boolean.toString(icp));
        return new RecordUpdate(RecordKind.ACCOUNT, id, fields);
    }

    private static RecordUpdate role(String id, String role) {
        Map<String, String> fields = new HashMap<>();
        fields.put(OwnedFields.ROLE, role);
        return new RecordUpdate(RecordKind.CONTACT, id, fields);
    }

    @Test
    void writesTheCustomGroupAndTheNativeAbmPropertiesInOneCallPerHundred() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.empty()) {
            portal.setUpSchema();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                ids.add(portal.company("Company " + i, "c" + i + ".com"));
            }
            portal.sandbox.writes().reset();
            HubSpotInsightSink sink = new HubSpotInsightSink(portal.connection);

            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < ids.size(); i += sink.maxBatchSize()) {
                outcomes.addAll(sink.write(ids.subList(i, Math.min(ids.size(), i + 100)).stream()
                        .map(id -> account(id, "Tier 2", "70", true)).toList()));
            }

            assertThat(outcomes).hasSize(250).allSatisfy(o -> assertThat(o.status()).isEqualTo(Outcome.Status.OK));
            assertThat(portal.calls("companies:batch/update")).isEqualTo(3); // ceil(250 / 100)
            assertThat(portal.value("companies", ids.get(7), "hs_ideal_customer_profile")).isEqualTo("tier_2");
            assertThat(portal.value("companies", ids.get(7), "hs_is_target_account")).isEqualTo("true");
            assertThat(portal.value("companies", ids.get(7), "abm_tier")).isEqualTo("Tier 2");
            assertThat(portal.sandbox.writes().fieldsWritten("hubspot", "companies"))
                    .containsExactlyInAnyOrder("abm_tier", "abm_fit_score", "abm_is_icp", "hs_ideal_customer_profile", "hs_is_target_account");
        }
    }

    @Test
    void a207GivesEachInputItsOwnOutcome() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.empty()) {
            portal.setUpSchema();
            String a = portal.company("A", "a.com");
            String b = portal.company("B", "b.com");
            HubSpotInsightSink sink = new HubSpotInsightSink(portal.connection);

            List<Outcome> out = sink.write(List.of(account(a, "Tier 1", "90", true), account("999999999", "Tier 1", "90", true),
                    account(b, "Tier 3", "45", false)));

            assertThat(portal.calls("companies:batch/update")).isEqualTo(1);
            Map<String, Outcome> byId = new HashMap<>();
            out.forEach(o -> byId.put(o.id(), o));
            assertThat(byId.get(a).status()).isEqualTo(Outcome.Status.OK);
            assertThat(byId.get(b).status()).isEqualTo(Outcome.Status.OK);
            assertThat(byId.get("999999999").status()).isEqualTo(Outcome.Status.REJECTED);
            assertThat(byId.get("999999999").reason()).contains("OBJECT_NOT_FOUND");
            assertThat(portal.value("companies", b, "hs_ideal_customer_profile")).isEqualTo("tier_3");
        }
    }

    @Test
    void valuesThePortalWouldRefuseAreRejectedBeforeAnyWrite() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.start(0, 0, c -> c,
                c -> c.withValueMappings(Map.of("Tier 1", "tier_1", "Tier 4", "tier_4"), HubSpotConfig.defaultBuyingRoleValues()))) {
            portal.setUpSchema();
            String ok = portal.company("A", "a.com");
            String bad = portal.company("B", "b.com");
            HubSpotInsightSink sink = new HubSpotInsightSink(portal.connection);

            List<Outcome> out = sink.write(List.of(account(ok, "Tier 1", "90", true), account(bad, "Tier 4", "20", false)));

            assertThat(out).filteredOn(o -> o.id().equals(bad)).singleElement().satisfies(o -> {
                assertThat(o.status()).isEqualTo(Outcome.Status.REJECTED);
                assertThat(o.reason()).contains("tier_4").contains("hs_ideal_customer_profile");
            });
            assertThat(out).filteredOn(o -> o.id().equals(ok)).singleElement()
                    .satisfies(o -> assertThat(o.status()).isEqualTo(Outcome.Status.OK));
            assertThat(portal.value("companies", bad, "abm_tier")).isNull();

            List<Outcome> contact = sink.write(List.of(new RecordUpdate(RecordKind.CONTACT,
                    portal.create("contacts", Map.of("email", "x@a.com")), Map.of(OwnedFields.SENIORITY, "INTERN"))));
            assertThat(contact).singleElement().satisfies(o -> assertThat(o.reason()).contains("INTERN").contains("abm_seniority"));
            assertThat(portal.calls("contacts:batch/update")).isZero();
        }
    }

    @Test
    void buyingRoleValuesAPersonSetAreKept() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.empty()) {
            portal.setUpSchema();
            String id = portal.create("contacts", Map.of("email", "pat@acme.com", "hs_buying_role", "BLOCKER"));
            HubSpotInsightSink sink = new HubSpotInsightSink(portal.connection);

            sink.write(List.of(role(id, "Decision Maker")));
            assertThat(portal.value("contacts", id, "hs_buying_role")).isEqualTo("BLOCKER;DECISION_MAKER");
            assertThat(portal.calls("contacts:batch/read")).as("native values not pulled yet: one read").isEqualTo(1);

            SourceRecord<?> pulled = new HubSpotSourceConnector(portal.connection).read(RecordKind.CONTACT, List.of(id)).get(0);
            assertThat(pulled.held()).containsEntry(OwnedFields.ROLE, "Decision Maker");
            long reads = portal.calls("contacts:batch/read");

            sink.write(List.of(role(id, "Champion")));
            assertThat(portal.value("contacts", id, "hs_buying_role")).isEqualTo("BLOCKER;CHAMPION");
            assertThat(portal.calls("contacts:batch/read")).as("known from the pull: no extra read").isEqualTo(reads);
        }
    }

    @Test
    void buyingRoleValuesAPersonSetAreRemovedOnlyWhenConfigured() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.start(0, 0, c -> c, c -> c.withNativeProperties(true, true, true, true))) {
            portal.setUpSchema();
            String id = portal.create("contacts", Map.of("email", "pat@acme.com", "hs_buying_role", "BLOCKER;INFLUENCER"));

            new HubSpotInsightSink(portal.connection).write(List.of(role(id, "Economic Buyer")));

            assertThat(portal.value("contacts", id, "hs_buying_role")).isEqualTo("BUDGET_HOLDER");
        }
    }

    @Test
    void nativePropertiesAreLeftAloneWhenDisabled() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.start(0, 0, c -> c, c -> c.withNativeProperties(false, false, false, false))) {
            portal.setUpSchema();
            String company = portal.company("A", "a.com");
            String contact = portal.create("contacts", Map.of("email", "pat@acme.com"));
            portal.sandbox.writes().reset();
            HubSpotInsightSink sink = new HubSpotInsightSink(portal.connection);

            sink.write(List.of(account(company, "Tier 1", "90", true)));
            sink.write(List.of(role(contact, "Champion")));

            assertThat(portal.sandbox.writes().fieldsWritten("hubspot", "companies")).containsExactlyInAnyOrder("abm_tier", "abm_fit_score",
                    "abm_is_icp");
            assertThat(portal.sandbox.writes().fieldsWritten("hubspot", "contacts")).containsExactly("abm_buying_role");
        }
    }
}
