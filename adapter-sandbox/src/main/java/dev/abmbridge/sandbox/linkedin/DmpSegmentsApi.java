package dev.abmbridge.sandbox.linkedin;

import dev.abmbridge.sandbox.http.EmulatorRequest;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.Json;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /rest/dmpSegments}: create (id in {@code x-restli-id}), get by id, and the {@code q=account} finder. */
final class DmpSegmentsApi {

    private final CampaignManager manager;
    private final ApiCallLedger ledger;

    DmpSegmentsApi(CampaignManager manager, ApiCallLedger ledger) {
        this.manager = manager;
        this.ledger = ledger;
    }

    EmulatorResponse create(EmulatorRequest request) {
        ledger.record("linkedin", "dmpSegments:create", 0);
        JsonNode body = Json.parse(request.body());
        if (body == null || !body.isObject()) {
            return LinkedInErrors.badRequest("Request body must be a JSON object");
        }
        for (String field : List.of("name", "sourcePlatform", "account", "type", "accessPolicy")) {
            if (Json.text(body, field) == null || Json.text(body, field).isBlank()) {
                return LinkedInErrors.error(422, 0, "UNPROCESSABLE_ENTITY", "Field /" + field + " is required");
            }
        }
        String type = Json.text(body, "type");
        if (!type.equals("USER") && !type.equals("COMPANY")) {
            return LinkedInErrors.error(422, 0, "UNPROCESSABLE_ENTITY", "Field /type must be USER or COMPANY for streaming segments");
        }
        if (!CampaignManager.AD_ACCOUNT.equals(Json.text(body, "account"))) {
            return LinkedInErrors.error(403, 100, "ACCESS_DENIED", "Not enough permissions to access: dmpSegments.CREATE for account "
                    + Json.text(body, "account"));
        }
        DmpSegment segment = manager.create(Json.text(body, "name"), type, Json.text(body, "account"), Json.text(body, "sourcePlatform"),
                Json.text(body, "sourceSegmentId"));
        return EmulatorResponse.empty(201).withHeader("x-restli-id", String.valueOf(segment.id()))
                .withHeader("Location", "/dmpSegments/" + segment.id());
    }

    EmulatorResponse get(String id) {
        ledger.record("linkedin", "dmpSegments:get", 0);
        DmpSegment segment = find(id);
        if (segment == null) {
            return LinkedInErrors.notFound("Could not find DMP segment with ID " + id);
        }
        return EmulatorResponse.json(200, Json.write(json(segment)));
    }

    EmulatorResponse find(EmulatorRequest request) {
        ledger.record("linkedin", "dmpSegments:find", 0);
        if (!request.param("q").filter("account"::equals).isPresent() || request.param("account").isEmpty()) {
            return LinkedInErrors.badRequest("The finder q=account needs an account parameter");
        }
        String account = request.param("account").orElseThrow();
        String sourceSegmentId = request.param("sourceSegmentId").orElse(null);
        String sourcePlatform = request.param("sourcePlatform").orElse(null);
        ObjectNode body = Json.object();
        ArrayNode elements = body.putArray("elements");
        for (DmpSegment segment : manager.segments()) {
            if (segment.account().equals(account)
                    && (sourceSegmentId == null || sourceSegmentId.equals(segment.sourceSegmentId()))
                    && (sourcePlatform == null || sourcePlatform.equals(segment.sourcePlatform()))) {
                elements.add(json(segment));
            }
        }
        int start = request.param("start").map(Integer::parseInt).orElse(0);
        int count = request.param("count").map(Integer::parseInt).orElse(elements.size());
        ArrayNode page = Json.array();
        for (int i = start; i < Math.min(elements.size(), start + count); i++) {
            page.add(elements.get(i));
        }
        body.set("elements", page);
        ObjectNode paging = body.putObject("paging");
        paging.put("start", start);
        paging.put("count", count);
        paging.put("total", elements.size());
        return EmulatorResponse.json(200, Json.write(body));
    }

    DmpSegment find(String id) {
        try {
            return manager.segment(Long.parseLong(id)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private ObjectNode json(DmpSegment segment) {
        Instant now = manager.clock().instant();
        int matched = segment.matched(now, manager.matchDelay()).size();
        ObjectNode node = Json.object();
        node.put("id", segment.id());
        node.put("name", segment.name());
        node.put("type", segment.type());
        node.put("account", segment.account());
        node.put("accessPolicy", "PRIVATE");
        node.put("sourcePlatform", segment.sourcePlatform());
        if (segment.sourceSegmentId() != null) {
            node.put("sourceSegmentId", segment.sourceSegmentId());
        }
        node.put("inputCount", segment.inputCount());
        node.put("matchedCount", matched);
        ObjectNode destination = node.putArray("destinations").addObject();
        destination.put("destination", "LINKEDIN");
        String status = segment.status(now, manager.matchDelay());
        destination.put("status", status);
        destination.put("matchedCount", matched);
        destination.put("audienceSize", matched);
        if (!status.equals("BUILDING")) {
            destination.put("destinationSegmentId", "urn:li:adSegment:" + (segment.id() + 7_000_000));
        }
        node.put("created", segment.createdAt().toEpochMilli());
        node.put("lastModified", segment.lastModified().toEpochMilli());
        return node;
    }
}
