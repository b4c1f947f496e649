package dev.abmbridge.sandbox.linkedin;

import dev.abmbridge.sandbox.http.EmulatorRequest;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.Json;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /rest/adAnalytics?q=analytics&pivot=MEMBER_COMPANY…}: deterministic engagement for the companies
 * the account targeted (matched members of its COMPANY segments); other pivots answer no elements.
 */
final class AdAnalyticsApi {

    private static final Pattern DATE_RANGE = Pattern.compile(
            "\\(start:\\(year:(\\d{4}),month:(\\d{1,2}),day:(\\d{1,2})\\)(?:,end:\\(year:(\\d{4}),month:(\\d{1,2}),day:(\\d{1,2})\\))?\\)");
    private static final List<String> DEFAULT_FIELDS = List.of("impressions", "clicks");

    private final CampaignManager manager;
    private final ApiCallLedger ledger;

    AdAnalyticsApi(CampaignManager manager, ApiCallLedger ledger) {
        this.manager = manager;
        this.ledger = ledger;
    }

    EmulatorResponse analytics(EmulatorRequest request) {
        String q = request.param("q").orElse(null);
        if (!"analytics".equals(q) && !"statistics".equals(q)) {
            return LinkedInErrors.badRequest("Unsupported finder q=" + q + "; use q=analytics or q=statistics");
        }
        String pivot = request.param("analytics".equals(q) ? "pivot" : "pivots").orElse(null);
        if (pivot == null) {
            return LinkedInErrors.badRequest("Missing required parameter pivot");
        }
        String dateRange = request.param("dateRange").orElse(null);
        Matcher range = dateRange == null ? null : DATE_RANGE.matcher(dateRange);
        if (range == null || !range.matches()) {
            return LinkedInErrors.badRequest("Missing or malformed dateRange, expected (start:(year:Y,month:M,day:D),end:(…))");
        }
        String accounts = request.param("accounts").orElse(request.param("campaigns").orElse(null));
        if (accounts == null || !accounts.startsWith("List(")) {
            return LinkedInErrors.badRequest("One of accounts=List(…) or campaigns=List(…) is required");
        }
        List<String> fields = request.param("fields").map(f -> List.of(f.split(","))).orElse(DEFAULT_FIELDS);
        if (fields.size() > 20) {
            return LinkedInErrors.badRequest("At most 20 fields may be requested");
        }
        ledger.record("linkedin", "adAnalytics", 0);
        ObjectNode body = Json.object();
        ArrayNode elements = body.putArray("elements");
        if (pivot.contains("MEMBER_COMPANY") && accounts.contains(CampaignManager.AD_ACCOUNT)) {
            for (String organization : targetedOrganizations()) {
                ObjectNode element = engagement(organization, dateRange, fields);
                if (element != null) {
                    element.putArray("pivotValues").add(organization);
                    if (fields.contains("dateRange")) {
                        element.set("dateRange", range(range));
                    }
                    elements.add(element);
                }
            }
        }
        body.putObject("paging").put("start", 0).put("count", 10).putArray("links");
        return EmulatorResponse.json(200, Json.write(body));
    }

    private Set<String> targetedOrganizations() {
        Instant now = manager.clock().instant();
        Set<String> organizations = new LinkedHashSet<>();
        for (DmpSegment segment : manager.segments()) {
            if (segment.type().equals("COMPANY")) {
                segment.matched(now, manager.matchDelay()).forEach(m -> organizations.add(m.organizationUrn()));
            }
        }
        return organizations;
    }

    /** Engagement numbers that depend only on organization and date range; null below LinkedIn's reporting threshold. */
    private static ObjectNode engagement(String organization, String dateRange, List<String> fields) {
        SplittableRandom random = new SplittableRandom((organization + dateRange).hashCode());
        long impressions = (long) Math.floor(Math.exp(random.nextDouble() * 8));
        if (impressions < 3) {
            return null;
        }
        long clicks = Math.round(impressions * random.nextDouble() * 0.02);
        ObjectNode element = Json.object();
        for (String field : fields) {
            switch (field) {
                case "impressions" -> element.put("impressions", impressions);
                case "clicks" -> element.put("clicks", clicks);
                case "landingPageClicks" -> element.put("landingPageClicks", clicks);
                case "totalEngagements" -> element.put("totalEngagements", clicks + Math.round(impressions * 0.01));
                case "costInLocalCurrency" -> element.put("costInLocalCurrency", String.format(java.util.Locale.ROOT, "%.2f", impressions * 0.035));
                default -> {
                }
            }
        }
        return element;
    }

    private static ObjectNode range(Matcher m) {
        ObjectNode node = Json.object();
        ObjectNode start = node.putObject("start");
        start.put("year", Integer.parseInt(m.group(1))).put("month", Integer.parseInt(m.group(2))).put("day", Integer.parseInt(m.group(3)));
        if (m.group(4) != null) {
            ObjectNode end = node.putObject("end");
            end.put("year", Integer.parseInt(m.group(4))).put("month", Integer.parseInt(m.group(5))).put("day", Integer.parseInt(m.group(6)));
        }
        return node;
    }
}
