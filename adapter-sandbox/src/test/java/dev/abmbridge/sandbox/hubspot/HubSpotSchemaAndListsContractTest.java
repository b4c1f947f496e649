package dev.abmbridge.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxExtension;
import dev.abmbridge.sandbox.http.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class HubSpotSchemaAndListsContractTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(600, 1_500, 5)
            .withHubSpotSearchPerSecond(1_000).withHubSpotLimits(10_000, 1_000_000));

    private Sandbox sandbox;
    private HubSpotHttp api;

    @BeforeEach
    void setUp() {
        sandbox = SANDBOX.sandbox();
        api = new HubSpotHttp(sandbox.hubSpotUrl(), sandbox.hubSpot().privateAppToken());
    }

    @Test
    void nativeAbmPropertiesCarryTheirOptions() {
        JsonNode icp = api.get("/crm/properties/2026-03/companies/hs_ideal_customer_profile").body();
        assertThat(Json.text(icp, "type")).isEqualTo("enumeration");
        assertThat(Json.text(icp, "fieldType")).isEqualTo("radio");
        assertThat(values(icp)).containsExactly("tier_1", "tier_2", "tier_3");
        JsonNode target = api.get("/crm/v3/properties/companies/hs_is_target_account").body();
        assertThat(Json.text(target, "type")).isEqualTo("bool");
        JsonNode role = api.get("/crm/properties/2026-03/contacts/hs_buying_role").body();
        assertThat(Json.text(role, "fieldType")).isEqualTo("checkbox");
        assertThat(values(role)).contains("DECISION_MAKER", "BUDGET_HOLDER", "END_USER", "CHAMPION");
        JsonNode industry = api.get("/crm/properties/2026-03/companies/industry").body();
        assertThat(values(industry)).contains("COMPUTER_SOFTWARE");
        JsonNode modified = api.get("/crm/properties/2026-03/companies/hs_lastmodifieddate").body();
        assertThat(modified.get("modificationMetadata").get("readOnlyValue").asBoolean()).isTrue();
        assertThat(api.get("/crm/properties/2026-03/companies/nope").status()).isEqualTo(404);
        assertThat(api.get("/crm/properties/2026-03/contacts").body().get("results").size()).isGreaterThan(5);
    }

    @Test
    void createGroupAndEnumerationPropertyThenValidateWrites() {
        HubSpotHttp.Reply group = api.post("/crm/properties/2026-03/companies/groups",
                "{\"name\":\"abm_signals\",\"label\":\"ABM Signals\",\"displayOrder\":-1}");
        assertThat(group.status()).isEqualTo(201);
        assertThat(api.post("/crm/properties/2026-03/companies/groups", "{\"name\":\"abm_signals\",\"label\":\"again\"}").status())
                .isEqualTo(409);
        assertThat(api.get("/crm/properties/2026-03/companies/groups").body().get("results"))
                .extracting(g -> g.get("name").asString()).contains("abm_signals");

        String tier = """
                {"groupName":"abm_signals","name":"abm_icp_tier","label":"ICP tier","type":"enumeration","fieldType":"select",
                 "options":[{"label":"Tier 1","value":"tier_1","displayOrder":1,"hidden":false},
                            {"label":"Tier 2","value":"tier_2","displayOrder":2,"hidden":false}]}""";
        HubSpotHttp.Reply created = api.post("/crm/properties/2026-03/companies", tier);
        assertThat(created.status()).isEqualTo(201);
        assertThat(Json.text(created.body(), "name")).isEqualTo("abm_icp_tier");
        assertThat(api.post("/crm/properties/2026-03/companies", tier).status()).isEqualTo(409);

        String id = Json.text(api.get("/crm/objects/2026-03/companies?limit=1").body().get("results").get(0), "id");
        assertThat(api.patch("/crm/objects/2026-03/companies/" + id, "{\"properties\":{\"abm_icp_tier\":\"tier_2\"}}").status()).isEqualTo(200);
        assertThat(api.patch("/crm/objects/2026-03/companies/" + id, "{\"properties\":{\"abm_icp_tier\":\"Tier 2\"}}").status()).isEqualTo(400);
    }

    @Test
    void propertyCreationChecksTypesAndRequiredFields() {
        assertThat(api.post("/crm/properties/2026-03/companies",
                "{\"groupName\":\"companyinformation\",\"name\":\"abm_score\",\"label\":\"Score\",\"type\":\"number\",\"fieldType\":\"select\"}")
                .status()).isEqualTo(400);
        assertThat(api.post("/crm/properties/2026-03/companies", "{\"name\":\"abm_x\",\"label\":\"X\"}").status()).isEqualTo(400);
        assertThat(api.post("/crm/properties/2026-03/companies",
                "{\"groupName\":\"no_group\",\"name\":\"abm_y\",\"label\":\"Y\",\"type\":\"number\",\"fieldType\":\"number\"}").status())
                .isEqualTo(400);
        assertThat(api.post("/crm/properties/2026-03/companies",
                "{\"groupName\":\"companyinformation\",\"name\":\"abm_enum\",\"label\":\"E\",\"type\":\"enumeration\",\"fieldType\":\"select\"}")
                .status()).isEqualTo(400);
    }

    @Test
    void contactToCompanyAssociations() {
        String contactId = Json.text(api.get("/crm/objects/2026-03/contacts?limit=1").body().get("results").get(0), "id");
        HubSpotHttp.Reply one = api.get("/crm/v4/objects/contacts/" + contactId + "/associations/companies");
        assertThat(one.status()).isEqualTo(200);
        JsonNode association = one.body().get("results").get(0);
        long companyId = association.get("toObjectId").asLong();
        assertThat(association.get("associationTypes").get(0).get("typeId").asInt()).isEqualTo(279);

        HubSpotHttp.Reply batch = api.post("/crm/associations/2026-03/contacts/companies/batch/read",
                "{\"inputs\":[{\"id\":\"" + contactId + "\"},{\"id\":\"12345\"}]}");
        assertThat(batch.status()).isEqualTo(207);
        assertThat(batch.body().get("results").get(0).get("to").get(0).get("toObjectId").asLong()).isEqualTo(companyId);
        assertThat(Json.text(batch.body().get("errors").get(0), "subCategory")).isEqualTo("crm.associations.NO_ASSOCIATIONS_FOUND");

        HubSpotHttp.Reply reverse = api.post("/crm/v4/associations/companies/contacts/batch/read",
                "{\"inputs\":[{\"id\":\"" + companyId + "\"}]}");
        assertThat(reverse.status()).isEqualTo(200);
        assertThat(reverse.body().get("results").get(0).get("to")).extracting(t -> t.get("toObjectId").asString()).contains(contactId);
    }

    @Test
    void defaultAssociationCanBeCreated() {
        String contactId = Json.text(api.get("/crm/objects/2026-03/contacts?limit=1").body().get("results").get(0), "id");
        List<String> companies = new ArrayList<>();
        api.get("/crm/objects/2026-03/companies?limit=50").body().get("results").forEach(r -> companies.add(Json.text(r, "id")));
        String other = companies.get(companies.size() - 1);
        HubSpotHttp.Reply put = api.put("/crm/v4/objects/contacts/" + contactId + "/associations/default/companies/" + other, "");
        assertThat(put.status()).isEqualTo(200);
        assertThat(api.get("/crm/objects/2026-03/contacts/" + contactId + "/associations/companies").body().get("results"))
                .extracting(r -> r.get("toObjectId").asString()).contains(other);
    }

    @Test
    void manualCompanyListMemberships() {
        HubSpotHttp.Reply created = api.post("/crm/lists/2026-03",
                "{\"name\":\"ABM – Tier 1 accounts\",\"objectTypeId\":\"0-2\",\"processingType\":\"MANUAL\"}");
        assertThat(created.status()).isEqualTo(200);
        String listId = Json.text(created.body().get("list"), "listId");
        assertThat(Json.text(created.body().get("list"), "processingType")).isEqualTo("MANUAL");
        assertThat(api.post("/crm/lists/2026-03", "{\"name\":\"ABM – Tier 1 accounts\",\"objectTypeId\":\"0-2\",\"processingType\":\"MANUAL\"}")
                .status()).isEqualTo(400);

        List<String> ids = new ArrayList<>();
        api.get("/crm/objects/2026-03/companies?limit=3").body().get("results").forEach(r -> ids.add(Json.text(r, "id")));
        HubSpotHttp.Reply added = api.put("/crm/lists/2026-03/" + listId + "/memberships/add",
                "[\"" + ids.get(0) + "\",\"" + ids.get(1) + "\",\"999\"]");
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body().get("recordsIdsAdded")).hasSize(2);
        assertThat(added.body().get("recordIdsMissing").get(0).asString()).isEqualTo("999");
        HubSpotHttp.Reply again = api.put("/crm/lists/2026-03/" + listId + "/memberships/add", "[\"" + ids.get(0) + "\"]");
        assertThat(again.body().get("recordsIdsAdded")).isEmpty();

        HubSpotHttp.Reply both = api.put("/crm/v3/lists/" + listId + "/memberships/add-and-remove",
                "{\"recordIdsToAdd\":[\"" + ids.get(2) + "\"],\"recordIdsToRemove\":[\"" + ids.get(0) + "\"]}");
        assertThat(both.body().get("recordsIdsAdded").get(0).asString()).isEqualTo(ids.get(2));
        assertThat(both.body().get("recordIdsRemoved").get(0).asString()).isEqualTo(ids.get(0));

        HubSpotHttp.Reply page = api.get("/crm/lists/2026-03/" + listId + "/memberships?limit=1");
        assertThat(page.body().get("total").asInt()).isEqualTo(2);
        assertThat(page.body().get("results")).hasSize(1);
        String after = Json.text(page.body().get("paging").get("next"), "after");
        HubSpotHttp.Reply next = api.get("/crm/lists/2026-03/" + listId + "/memberships?limit=1&after=" + after);
        assertThat(next.body().get("results")).hasSize(1);
        assertThat(next.body().has("paging")).isFalse();

        HubSpotHttp.Reply removed = api.put("/crm/lists/2026-03/" + listId + "/memberships/remove", "[\"" + ids.get(1) + "\"]");
        assertThat(removed.body().get("recordIdsRemoved")).hasSize(1);
        assertThat(api.get("/crm/lists/2026-03/object-type-id/0-2/name/"
                + java.net.URLEncoder.encode("abm – tier 1 accounts", java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")).status()).isEqualTo(200);
        assertThat(api.get("/crm/lists/2026-03/" + listId).body().get("list").get("size").asInt()).isEqualTo(1);
        assertThat(api.get("/crm/lists/2026-03/424242").status()).isEqualTo(404);
    }

    @Test
    void dynamicListsNeedFiltersAndRefuseManualMemberships() {
        assertThat(api.post("/crm/lists/2026-03", "{\"name\":\"dyn\",\"objectTypeId\":\"0-1\",\"processingType\":\"DYNAMIC\"}").status())
                .isEqualTo(400);
        HubSpotHttp.Reply created = api.post("/crm/lists/2026-03", """
                {"name":"dyn","objectTypeId":"0-1","processingType":"DYNAMIC",
                 "filterBranch":{"filterBranchType":"OR","filterBranches":[],"filters":[]}}""");
        String listId = Json.text(created.body().get("list"), "listId");
        assertThat(api.put("/crm/lists/2026-03/" + listId + "/memberships/add", "[\"1\"]").status()).isEqualTo(400);
    }

    private static List<String> values(JsonNode property) {
        List<String> values = new ArrayList<>();
        property.get("options").forEach(o -> values.add(o.get("value").asString()));
        return values;
    }
}
