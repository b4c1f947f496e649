package dev.abmbridge.sandbox.linkedin;

import dev.abmbridge.sandbox.generator.DemoCompany;
import dev.abmbridge.sandbox.http.EmulatorRequest;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.Json;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /rest/organizations/{id}} and {@code GET /rest/organizations?ids=List(…)}: URN to name and website. */
final class OrganizationsApi {

    private final CampaignManager manager;
    private final ApiCallLedger ledger;

    OrganizationsApi(CampaignManager manager, ApiCallLedger ledger) {
        this.manager = manager;
        this.ledger = ledger;
    }

    EmulatorResponse get(String id) {
        ledger.record("linkedin", "organizations:get", 1);
        DemoCompany company = lookUp(id);
        if (company == null) {
            return LinkedInErrors.notFound("Organization " + id + " not found");
        }
        return EmulatorResponse.json(200, Json.write(json(company)));
    }

    EmulatorResponse batchGet(EmulatorRequest request) {
        String ids = request.param("ids").orElse("");
        if (!ids.startsWith("List(") || !ids.endsWith(")")) {
            return LinkedInErrors.badRequest("ids must be given as ids=List(id1,id2)");
        }
        ObjectNode body = Json.object();
        ObjectNode results = body.putObject("results");
        ObjectNode errors = body.putObject("errors");
        String[] list = ids.substring(5, ids.length() - 1).split(",");
        ledger.record("linkedin", "organizations:batchGet", list.length);
        for (String id : list) {
            DemoCompany company = lookUp(id.trim());
            if (company == null) {
                errors.putObject(id.trim()).put("status", 404).put("message", "Organization " + id.trim() + " not found");
            } else {
                results.set(id.trim(), json(company));
            }
        }
        body.putObject("statuses");
        return EmulatorResponse.json(200, Json.write(body));
    }

    private DemoCompany lookUp(String id) {
        String digits = id.startsWith("urn:li:organization:") ? id.substring("urn:li:organization:".length()) : id;
        try {
            return manager.organizations().byId(Long.parseLong(digits)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ObjectNode json(DemoCompany company) {
        ObjectNode node = Json.object();
        node.put("id", company.linkedInOrganizationId());
        node.put("$URN", OrganizationDirectory.urn(company));
        node.put("localizedName", company.name().trim());
        node.put("vanityName", company.domain().substring(0, company.domain().indexOf('.')));
        node.put("localizedWebsite", "https://www." + company.domain());
        return node;
    }
}
