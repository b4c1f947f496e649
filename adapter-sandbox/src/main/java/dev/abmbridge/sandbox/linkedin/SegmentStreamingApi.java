package dev.abmbridge.sandbox.linkedin;

import dev.abmbridge.sandbox.fault.FaultInjector;
import dev.abmbridge.sandbox.generator.DemoCompany;
import dev.abmbridge.sandbox.http.EmulatorRequest;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.Json;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /rest/dmpSegments/{id}/companies|users} with {@code X-RestLi-Method: BATCH_CREATE}: ADD/REMOVE
 * elements, answered with HTTP 200 and one status per element, in input order.
 */
final class SegmentStreamingApi {

    static final int MAX_ELEMENTS = 5_000;
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");
    private static final Pattern SHA512 = Pattern.compile("^[0-9a-f]{128}$");
    private static final Pattern ORGANIZATION = Pattern.compile("^urn:li:organization:(\\d+)$");
    private static final Pattern DOMAIN = Pattern.compile("^[a-z0-9.-]+\\.[a-z]{2,}$");

    private final CampaignManager manager;
    private final ApiCallLedger ledger;
    private final FaultInjector faults;

    SegmentStreamingApi(CampaignManager manager, ApiCallLedger ledger, FaultInjector faults) {
        this.manager = manager;
        this.ledger = ledger;
        this.faults = faults;
    }

    EmulatorResponse stream(EmulatorRequest request, DmpSegment segment, boolean companies) {
        if (!request.header("X-RestLi-Method").map("BATCH_CREATE"::equalsIgnoreCase).orElse(false)) {
            return LinkedInErrors.badRequest("X-RestLi-Method: BATCH_CREATE is required for multi-element creates");
        }
        Instant now = manager.clock().instant();
        if (now.isBefore(segment.createdAt().plus(CampaignManager.AVAILABLE_AFTER))) {
            return LinkedInErrors.notFound("Could not find DMP segment with ID " + segment.id());
        }
        if (!segment.type().equals(companies ? "COMPANY" : "USER")) {
            return LinkedInErrors.badRequest("DMP segment " + segment.id() + " is of type " + segment.type());
        }
        JsonNode body = Json.parse(request.body());
        JsonNode elements = body == null ? null : body.get("elements");
        if (elements == null || !elements.isArray()) {
            return LinkedInErrors.badRequest("Request body must carry an elements array");
        }
        if (elements.size() > MAX_ELEMENTS) {
            return LinkedInErrors.badRequest("Batch size " + elements.size() + " exceeds the maximum of " + MAX_ELEMENTS + " elements");
        }
        ledger.record("linkedin", "dmpSegments:" + (companies ? "companies" : "users"), elements.size());
        ObjectNode response = Json.object();
        ArrayNode statuses = response.putArray("elements");
        for (JsonNode element : elements) {
            statuses.add(companies ? company(segment, element, now) : user(segment, element, now));
        }
        return EmulatorResponse.json(200, Json.write(response));
    }

    private ObjectNode company(DmpSegment segment, JsonNode element, Instant now) {
        String action = Json.text(element, "action");
        if (!"ADD".equals(action) && !"REMOVE".equals(action)) {
            return failed(400, "action must be ADD or REMOVE");
        }
        String urn = Json.text(element, "organizationUrn");
        String domain = lower(Json.text(element, "companyWebsiteDomain"));
        String emailDomain = lower(Json.text(element, "companyEmailDomain"));
        String name = Json.text(element, "companyName");
        String page = Json.text(element, "companyPageUrl");
        if (urn == null && domain == null && emailDomain == null && name == null && page == null) {
            return failed(400, "At least one of organizationUrn, companyName, companyWebsiteDomain, companyEmailDomain, companyPageUrl is required");
        }
        if (urn != null && !ORGANIZATION.matcher(urn).matches()) {
            return failed(400, "Invalid organizationUrn " + urn);
        }
        if (domain != null && !DOMAIN.matcher(domain).matches()) {
            return failed(400, "Invalid companyWebsiteDomain " + domain);
        }
        if (faults.rejectRecord()) {
            return failed(500, "Internal Server Error");
        }
        Optional<DemoCompany> company = urn != null
                ? manager.organizations().byId(Long.parseLong(urn.substring(urn.lastIndexOf(':') + 1)))
                : manager.organizations().byDomain(domain != null ? domain : emailDomain);
        String key = company.map(OrganizationDirectory::urn).orElse(urn != null ? urn : domain != null ? domain
                : emailDomain != null ? emailDomain : name.toLowerCase(Locale.ROOT));
        apply(segment, action, new SegmentMember(key, now, company.map(OrganizationDirectory::urn).orElse(null), company.isPresent()), now);
        return ok();
    }

    private ObjectNode user(DmpSegment segment, JsonNode element, Instant now) {
        String action = Json.text(element, "action");
        if (!"ADD".equals(action) && !"REMOVE".equals(action)) {
            return failed(400, "action must be ADD or REMOVE");
        }
        JsonNode ids = element.get("userIds");
        String key = null;
        if (ids != null && ids.isArray()) {
            for (JsonNode id : ids) {
                String idType = Json.text(id, "idType");
                String value = Json.text(id, "idValue");
                String problem = checkUserId(idType, value);
                if (problem != null) {
                    return failed(400, problem);
                }
                key = key == null ? idType + ":" + value : key;
            }
        }
        if (key == null) {
            String first = Json.text(element, "firstName");
            String last = Json.text(element, "lastName");
            if (first == null || last == null) {
                return failed(400, "userIds, or firstName and lastName, are required");
            }
            key = "NAME:" + first.toLowerCase(Locale.ROOT) + " " + last.toLowerCase(Locale.ROOT);
        }
        if (faults.rejectRecord()) {
            return failed(500, "Internal Server Error");
        }
        boolean matchable = Math.floorMod(key.hashCode(), 100) < 62;
        apply(segment, action, new SegmentMember(key, now, null, matchable), now);
        return ok();
    }

    private static String checkUserId(String idType, String value) {
        if (idType == null || value == null) {
            return "Each userId needs an idType and an idValue";
        }
        return switch (idType) {
            case "SHA256_EMAIL" -> SHA256.matcher(value).matches() ? null
                    : "Invalid SHA256_EMAIL idValue: expected 64 lowercase hexadecimal characters";
            case "SHA512_EMAIL" -> SHA512.matcher(value).matches() ? null
                    : "Invalid SHA512_EMAIL idValue: expected 128 lowercase hexadecimal characters";
            case "GOOGLE_AID" -> value.length() <= 36 && value.equals(value.toLowerCase(Locale.ROOT)) ? null : "Invalid GOOGLE_AID idValue";
            default -> "Unsupported idType " + idType;
        };
    }

    private static void apply(DmpSegment segment, String action, SegmentMember member, Instant now) {
        if (action.equals("ADD")) {
            segment.add(member);
        } else {
            segment.remove(member.key(), now);
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    private static ObjectNode ok() {
        ObjectNode node = Json.object();
        node.put("status", 201);
        return node;
    }

    private static ObjectNode failed(int status, String message) {
        ObjectNode node = Json.object();
        node.put("status", status);
        ObjectNode error = node.putObject("error");
        error.put("message", message);
        error.put("status", status);
        return node;
    }
}
