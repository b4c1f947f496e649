package dev.abmbridge.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxExtension;
import dev.abmbridge.sandbox.http.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class HubSpotObjectsContractTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(1_000, 2_000, 21)
            .withHubSpotSearchPerSecond(1_000).withHubSpotLimits(10_000, 1_000_000));

    private Sandbox sandbox;
    private HubSpotHttp api;

    @BeforeEach
    void setUp() {
        sandbox = SANDBOX.sandbox();
        api = new HubSpotHttp(sandbox.hubSpotUrl(), sandbox.hubSpot().privateAppToken());
    }

    @Test
    void missingBearerTokenIs401() {
        HubSpotHttp.Reply reply = new HubSpotHttp(sandbox.hubSpotUrl(), null).get("/crm/objects/2026-03/companies");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(Json.text(reply.body(), "status")).isEqualTo("error");
        assertThat(Json.text(reply.body(), "category")).isEqualTo("INVALID_AUTHENTICATION");
        assertThat(Json.text(reply.body(), "correlationId")).isNotBlank();
    }

    @Test
    void unknownTokenIs401() {
        HubSpotHttp.Reply reply = new HubSpotHttp(sandbox.hubSpotUrl(), "pat-na1-forged").get("/crm/v3/objects/contacts");
        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void listPagesThroughAllCompaniesWithAfterCursor() {
        Set<String> ids = new HashSet<>();
        long listCallsBefore = sandbox.ledger().calls("hubspot", "companies:list");
        String after = null;
        int pages = 0;
        do {
            HubSpotHttp.Reply reply = api.get("/crm/objects/2026-03/companies?limit=100&properties=name,domain,industry"
                    + (after == null ? "" : "&after=" + after));
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("X-HubSpot-RateLimit-Max")).isEqualTo("10000");
            for (JsonNode result : reply.body().get("results")) {
                ids.add(Json.text(result, "id"));
                assertThat(result.get("properties").has("industry")).isTrue();
                assertThat(result.get("properties").has("hs_lastmodifieddate")).isTrue();
            }
            JsonNode next = reply.body().path("paging").path("next");
            after = next.isMissingNode() ? null : Json.text(next, "after");
            pages++;
        } while (after != null);
        assertThat(ids).hasSize(sandbox.hubSpot().portal().size(HubSpotObjectType.COMPANIES));
        assertThat(pages).isGreaterThan(1);
        assertThat(sandbox.ledger().calls("hubspot", "companies:list") - listCallsBefore).isEqualTo(pages);
    }

    @Test
    void legacyV3PathsServeTheSameRecords() {
        JsonNode v3 = api.get("/crm/v3/objects/contacts?limit=5").body();
        JsonNode dated = api.get("/crm/objects/2026-03/contacts?limit=5").body();
        assertThat(v3.get("results")).isEqualTo(dated.get("results"));
        assertThat(v3.get("results").get(0).get("properties").has("email")).isTrue();
    }

    @Test
    void malformedPagingParametersAre400() {
        HubSpotHttp.Reply reply = api.get("/crm/objects/2026-03/companies?limit=ten");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(Json.text(reply.body(), "category")).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void getByIdAnd404() {
        String id = Json.text(api.get("/crm/objects/2026-03/companies?limit=1").body().get("results").get(0), "id");
        HubSpotHttp.Reply found = api.get("/crm/objects/2026-03/companies/" + id + "?properties=numberofemployees");
        assertThat(found.status()).isEqualTo(200);
        assertThat(Json.text(found.body(), "id")).isEqualTo(id);
        HubSpotHttp.Reply missing = api.get("/crm/objects/2026-03/companies/1");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(Json.text(missing.body(), "category")).isEqualTo("OBJECT_NOT_FOUND");
    }

    @Test
    void searchFiltersOnLastModifiedSortsAndPagesBy200() {
        String body = """
                {"filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"GTE","value":"0"}]}],
                 "sorts":[{"propertyName":"hs_lastmodifieddate","direction":"ASCENDING"}],
                 "properties":["name","domain","hs_lastmodifieddate"],"limit":200}""";
        HubSpotHttp.Reply first = api.post("/crm/objects/2026-03/companies/search", body);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("X-HubSpot-RateLimit-Max")).isNull();
        int total = first.body().get("total").asInt();
        assertThat(total).isEqualTo(sandbox.hubSpot().portal().size(HubSpotObjectType.COMPANIES));
        assertThat(first.body().get("results")).hasSize(200);
        assertThat(Json.text(first.body().get("paging").get("next"), "after")).isEqualTo("200");
        List<String> stamps = new ArrayList<>();
        first.body().get("results").forEach(r -> stamps.add(Json.text(r.get("properties"), "hs_lastmodifieddate")));
        assertThat(stamps).isSorted();

        String cutoff = stamps.get(150);
        String since = """
                {"filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"GT","value":"%s"}]}],
                 "sorts":["-hs_lastmodifieddate"],"limit":10}""".formatted(cutoff);
        HubSpotHttp.Reply later = api.post("/crm/v3/objects/companies/search", since);
        assertThat(later.body().get("total").asInt()).isEqualTo(total - 151);
        assertThat(Json.text(later.body().get("results").get(0).get("properties"), "hs_lastmodifieddate"))
                .isGreaterThan(Json.text(later.body().get("results").get(1).get("properties"), "hs_lastmodifieddate"));
    }

    @Test
    void searchPagesByOffsetReturnEveryMatchOnceInOrderAndNotInExcludesIds() {
        // Search keeps only the first after + limit matches (a bounded heap, not a sort of every match): paging by
        // offset must still return each match once, in the requested order, with the same total on every page.
        String page = """
                {"filterGroups":[{"filters":[{"propertyName":"numberofemployees","operator":"HAS_PROPERTY"}]}],
                 "sorts":[{"propertyName":"hs_lastmodifieddate","direction":"DESCENDING"}],
                 "properties":["hs_lastmodifieddate"],"limit":200,"after":"%d"}""";
        List<String> ids = new ArrayList<>();
        List<String> stamps = new ArrayList<>();
        int total = -1;
        for (int after = 0; total < 0 || after < total; after += 200) {
            HubSpotHttp.Reply reply = api.post("/crm/objects/2026-03/companies/search", page.formatted(after));
            assertThat(reply.status()).isEqualTo(200);
            int pageTotal = reply.body().get("total").asInt();
            assertThat(total).isIn(-1, pageTotal);
            total = pageTotal;
            assertThat(reply.body().has("paging")).isEqualTo(after + 200 < total);
            reply.body().get("results").forEach(r -> {
                ids.add(Json.text(r, "id"));
                stamps.add(Json.text(r.get("properties"), "hs_lastmodifieddate"));
            });
        }
        assertThat(total).isGreaterThan(400);
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        assertThat(stamps).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        String notIn = """
                {"filterGroups":[{"filters":[{"propertyName":"numberofemployees","operator":"HAS_PROPERTY"},
                   {"propertyName":"hs_object_id","operator":"NOT_IN","values":["%s","%s"]}]}],"limit":1}""";
        HubSpotHttp.Reply without = api.post("/crm/objects/2026-03/companies/search", notIn.formatted(ids.get(0), ids.get(1)));
        assertThat(without.body().get("total").asInt()).isEqualTo(total - 2);
    }

    @Test
    void searchContactsOnLastmodifieddateWithOrGroups() {
        String body = """
                {"filterGroups":[
                   {"filters":[{"propertyName":"lastmodifieddate","operator":"LT","value":"2000-01-01T00:00:00Z"}]},
                   {"filters":[{"propertyName":"email","operator":"HAS_PROPERTY"},{"propertyName":"lastmodifieddate","operator":"GTE","value":"2000-01-01"}]}],
                 "limit":5}""";
        HubSpotHttp.Reply reply = api.post("/crm/objects/2026-03/contacts/search", body);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("total").asInt()).isPositive();
        reply.body().get("results").forEach(r -> assertThat(Json.text(r.get("properties"), "email")).isNotNull());
    }

    @Test
    void searchCannotPageBeyondTenThousandResults() {
        HubSpotHttp.Reply reply = api.post("/crm/objects/2026-03/companies/search", "{\"limit\":200,\"after\":\"9900\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(Json.text(reply.body(), "category")).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void searchLimitsPageSizeAndFilters() {
        assertThat(api.post("/crm/objects/2026-03/companies/search", "{\"limit\":201}").status()).isEqualTo(400);
        String sixGroups = "{\"filterGroups\":[" + String.join(",", java.util.Collections.nCopies(6,
                "{\"filters\":[{\"propertyName\":\"name\",\"operator\":\"HAS_PROPERTY\"}]}")) + "]}";
        assertThat(api.post("/crm/objects/2026-03/companies/search", sixGroups).status()).isEqualTo(400);
        assertThat(api.post("/crm/objects/2026-03/companies/search",
                "{\"filterGroups\":[{\"filters\":[{\"propertyName\":\"nope\",\"operator\":\"EQ\",\"value\":\"1\"}]}]}").status()).isEqualTo(400);
    }

    @Test
    void batchReadReturns207ForMissingIds() {
        List<String> ids = ids("companies", 3);
        String body = "{\"properties\":[\"name\"],\"inputs\":[{\"id\":\"" + ids.get(0) + "\"},{\"id\":\"" + ids.get(1) + "\"},{\"id\":\"99\"}]}";
        HubSpotHttp.Reply reply = api.post("/crm/objects/2026-03/companies/batch/read", body);
        assertThat(reply.status()).isEqualTo(207);
        assertThat(Json.text(reply.body(), "status")).isEqualTo("COMPLETE");
        assertThat(reply.body().get("results")).hasSize(2);
        assertThat(reply.body().get("numErrors").asInt()).isEqualTo(1);
        JsonNode error = reply.body().get("errors").get(0);
        assertThat(Json.text(error, "category")).isEqualTo("OBJECT_NOT_FOUND");
        assertThat(error.get("context").get("ids").get(0).asString()).isEqualTo("99");

        String allFound = "{\"inputs\":[{\"id\":\"" + ids.get(2) + "\"}]}";
        assertThat(api.post("/crm/objects/2026-03/companies/batch/read", allFound).status()).isEqualTo(200);
    }

    @Test
    void batchesOverOneHundredInputsAreRejected() {
        StringBuilder inputs = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            inputs.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\"}");
        }
        HubSpotHttp.Reply reply = api.post("/crm/objects/2026-03/companies/batch/update", "{\"inputs\":[" + inputs + "]}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(Json.text(reply.body(), "category")).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void batchUpdateWithAnInvalidOptionIs207AndTheValidInputsLand() {
        List<String> ids = ids("companies", 3);
        String body = """
                {"inputs":[
                  {"id":"%s","properties":{"hs_ideal_customer_profile":"tier_1","hs_is_target_account":"true"}},
                  {"id":"%s","objectWriteTraceId":"t-2","properties":{"hs_ideal_customer_profile":"tier_9"}},
                  {"id":"%s","properties":{"hs_is_target_account":"maybe","no_such_property":"x"}}]}"""
                .formatted(ids.get(0), ids.get(1), ids.get(2));
        HubSpotHttp.Reply reply = api.post("/crm/objects/2026-03/companies/batch/update", body);
        assertThat(reply.status()).isEqualTo(207);
        assertThat(reply.body().get("results")).hasSize(1);
        assertThat(reply.body().get("numErrors").asInt()).isEqualTo(2);
        JsonNode invalidOption = reply.body().get("errors").get(0);
        assertThat(Json.text(invalidOption, "category")).isEqualTo("VALIDATION_ERROR");
        assertThat(Json.text(invalidOption, "message")).startsWith("Property values were not valid").contains("INVALID_OPTION");
        assertThat(invalidOption.get("context").get("objectWriteTraceId").get(0).asString()).isEqualTo("t-2");
        assertThat(invalidOption.get("context").get("ids").get(0).asString()).isEqualTo(ids.get(1));
        JsonNode second = reply.body().get("errors").get(1);
        assertThat(second.get("errors")).extracting(e -> e.get("code").asString()).contains("INVALID_BOOLEAN", "PROPERTY_DOESNT_EXIST");
        assertThat(sandbox.hubSpot().portal().value(HubSpotObjectType.COMPANIES, ids.get(0), "hs_ideal_customer_profile")).hasValue("tier_1");
        assertThat(sandbox.hubSpot().portal().value(HubSpotObjectType.COMPANIES, ids.get(1), "hs_ideal_customer_profile")).isEmpty();
        assertThat(sandbox.writes().fieldsWritten("hubspot", "companies")).contains("hs_ideal_customer_profile", "hs_is_target_account")
                .doesNotContain("no_such_property");
    }

    @Test
    void batchUpdateOfAllValidInputsIs200AndBumpsLastModified() {
        String id = ids("companies", 1).get(0);
        String before = sandbox.hubSpot().portal().value(HubSpotObjectType.COMPANIES, id, "hs_lastmodifieddate").orElseThrow();
        HubSpotHttp.Reply reply = api.post("/crm/v3/objects/companies/batch/update",
                "{\"inputs\":[{\"id\":\"" + id + "\",\"properties\":{\"hs_ideal_customer_profile\":\"tier_2\"}}]}");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode result = reply.body().get("results").get(0);
        assertThat(Json.text(result.get("properties"), "hs_ideal_customer_profile")).isEqualTo("tier_2");
        assertThat(Json.text(result.get("properties"), "hs_lastmodifieddate")).isGreaterThan(before);
    }

    @Test
    void multiSelectBuyingRoleAppendsWithLeadingSemicolon() {
        String id = ids("contacts", 1).get(0);
        assertThat(api.patch("/crm/objects/2026-03/contacts/" + id, "{\"properties\":{\"hs_buying_role\":\"DECISION_MAKER\"}}").status())
                .isEqualTo(200);
        HubSpotHttp.Reply appended = api.patch("/crm/objects/2026-03/contacts/" + id,
                "{\"properties\":{\"hs_buying_role\":\";BUDGET_HOLDER;END_USER\"}}");
        assertThat(appended.status()).isEqualTo(200);
        assertThat(sandbox.hubSpot().portal().value(HubSpotObjectType.CONTACTS, id, "hs_buying_role"))
                .hasValue("DECISION_MAKER;BUDGET_HOLDER;END_USER");
        HubSpotHttp.Reply invalid = api.patch("/crm/objects/2026-03/contacts/" + id, "{\"properties\":{\"hs_buying_role\":\"CHAMPION;BOSS\"}}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(Json.text(invalid.body(), "message")).contains("BOSS was not one of the allowed options");
    }

    @Test
    void readOnlyPropertiesCannotBeWritten() {
        String id = ids("contacts", 1).get(0);
        HubSpotHttp.Reply reply = api.patch("/crm/objects/2026-03/contacts/" + id, "{\"properties\":{\"lastmodifieddate\":\"0\"}}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("code").asString()).isEqualTo("READ_ONLY_VALUE");
    }

    @Test
    void batchUpsertByEmailCreatesThenUpdates() {
        String body = "{\"inputs\":[{\"id\":\"new.person@upsert.example\",\"idProperty\":\"email\",\"properties\":{\"firstname\":\"Nia\"}}]}";
        HubSpotHttp.Reply created = api.post("/crm/objects/2026-03/contacts/batch/upsert", body);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body().get("results").get(0).get("new").asBoolean()).isTrue();
        HubSpotHttp.Reply updated = api.post("/crm/objects/2026-03/contacts/batch/upsert", body.replace("Nia", "Nina"));
        assertThat(updated.body().get("results").get(0).get("new").asBoolean()).isFalse();
        assertThat(Json.text(updated.body().get("results").get(0), "id")).isEqualTo(Json.text(created.body().get("results").get(0), "id"));
        HubSpotHttp.Reply notUnique = api.post("/crm/objects/2026-03/contacts/batch/upsert",
                "{\"inputs\":[{\"id\":\"x\",\"idProperty\":\"firstname\",\"properties\":{}}]}");
        assertThat(notUnique.status()).isEqualTo(207);
    }

    @Test
    void batchUpsertFindsSeededContactsByEmailCaseInsensitively() {
        JsonNode contact = null;
        for (JsonNode r : api.get("/crm/objects/2026-03/contacts?limit=50").body().get("results")) {
            if (Json.text(r.get("properties"), "email") != null) {
                contact = r;
                break;
            }
        }
        String email = Json.text(contact.get("properties"), "email").toUpperCase();
        HubSpotHttp.Reply reply = api.post("/crm/objects/2026-03/contacts/batch/upsert",
                "{\"inputs\":[{\"id\":\"" + email + "\",\"idProperty\":\"email\",\"properties\":{\"jobtitle\":\"CMO\"}}]}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("results").get(0).get("new").asBoolean()).isFalse();
        assertThat(Json.text(reply.body().get("results").get(0), "id")).isEqualTo(Json.text(contact, "id"));
        HubSpotHttp.Reply read = api.post("/crm/objects/2026-03/contacts/batch/read",
                "{\"idProperty\":\"email\",\"properties\":[\"jobtitle\"],\"inputs\":[{\"id\":\"" + email + "\"}]}");
        assertThat(Json.text(read.body().get("results").get(0).get("properties"), "jobtitle")).isEqualTo("CMO");
    }

    @Test
    void batchCreateIs201() {
        HubSpotHttp.Reply reply = api.post("/crm/objects/2026-03/companies/batch/create",
                "{\"inputs\":[{\"properties\":{\"name\":\"Batch Co\",\"domain\":\"batch.example\",\"industry\":\"COMPUTER_SOFTWARE\"}}]}");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(Json.text(reply.body().get("results").get(0).get("properties"), "hs_object_id")).isNotBlank();
    }

    private List<String> ids(String type, int count) {
        List<String> ids = new ArrayList<>();
        api.get("/crm/objects/2026-03/" + type + "?limit=" + count).body().get("results").forEach(r -> ids.add(Json.text(r, "id")));
        return ids;
    }
}
