package dev.abmbridge.linkedin;

import dev.abmbridge.core.normalize.RegistrableDomain;
import dev.abmbridge.core.spi.AccountEngagement;
import dev.abmbridge.core.spi.EngagementSource;
import dev.abmbridge.linkedin.client.LinkedInJson;
import dev.abmbridge.linkedin.client.LinkedInRestClient;
import dev.abmbridge.linkedin.client.RestLi;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ad engagement per company: {@code GET /rest/adAnalytics?q=analytics&pivot=MEMBER_COMPANY&timeGranularity=ALL}
 * over the configured ad accounts (split into several calls when the account list would make the query too
 * long), one period queried whole (LinkedIn adds noise to daily figures). Each organization URN is resolved to its
 * website's registrable domain through {@code GET /rest/organizations?ids=List(…)} and the cache; organizations
 * without a website are left out. Scores by {@link LinkedInEngagementScore}.
 */
public final class LinkedInEngagementSource implements EngagementSource {

    static final String FIELDS = "impressions,clicks,totalEngagements,pivotValues";
    private static final String ORGANIZATION = "urn:li:organization:";
    private static final int MAX_IDS_PER_LOOKUP = 100;

    private final LinkedInConfig config;
    private final LinkedInRestClient client;
    private final LinkedInOrganizationCache organizations;
    private final Clock clock;
    private final int maxQueryLength;

    public LinkedInEngagementSource(LinkedInConfig config, LinkedInRestClient client, LinkedInOrganizationCache organizations,
                                    Clock clock) {
        this(config, client, organizations, clock, LinkedInRestClient.MAX_QUERY_LENGTH);
    }

    LinkedInEngagementSource(LinkedInConfig config, LinkedInRestClient client, LinkedInOrganizationCache organizations,
                             Clock clock, int maxQueryLength) {
        this.config = config;
        this.client = client;
        this.organizations = organizations;
        this.clock = clock;
        this.maxQueryLength = maxQueryLength;
    }

    @Override
    public String system() {
        return config.system();
    }

    @Override
    public int windowDays() {
        return config.engagementWindowDays();
    }

    /** The rolling window: the configured number of days, ending yesterday (UTC). */
    public List<AccountEngagement> engagement() {
        LocalDate to = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        return engagement(to.minusDays(config.engagementWindowDays() - 1L), to);
    }

    @Override
    public List<AccountEngagement> engagement(LocalDate from, LocalDate to) {
        Map<String, long[]> byOrganization = new LinkedHashMap<>();
        for (String query : analyticsQueries(from, to)) {
            for (JsonNode element : client.get("adAnalytics", query).path("elements")) {
                String urn = element.path("pivotValues").path(0).asString(null);
                if (urn == null || !urn.startsWith(ORGANIZATION)) {
                    continue;
                }
                long[] sums = byOrganization.computeIfAbsent(urn, u -> new long[3]);
                sums[0] += LinkedInJson.number(element, "impressions");
                sums[1] += LinkedInJson.number(element, "clicks");
                sums[2] += LinkedInJson.number(element, "totalEngagements");
            }
        }
        resolve(new ArrayList<>(byOrganization.keySet()));
        Map<String, long[]> byDomain = new TreeMap<>();
        Map<String, List<String>> urns = new TreeMap<>();
        byOrganization.forEach((urn, sums) -> organizations.get(urn).map(LinkedInOrganization::domain).ifPresent(domain -> {
            long[] total = byDomain.computeIfAbsent(domain, d -> new long[3]);
            for (int i = 0; i < 3; i++) {
                total[i] += sums[i];
            }
            urns.computeIfAbsent(domain, d -> new ArrayList<>()).add(urn);
        }));
        List<AccountEngagement> out = new ArrayList<>();
        byDomain.forEach((domain, t) -> out.add(new AccountEngagement(domain, urns.get(domain), t[0], t[1], t[2],
                LinkedInEngagementScore.score(LinkedInEngagementScore.points(t[0], t[1], t[2]), config.engagementHalfPoint()))));
        return out;
    }

    /** One query per group of ad accounts, each under the query-length limit. */
    List<String> analyticsQueries(LocalDate from, LocalDate to) {
        String fixed = RestLi.param("q", "analytics") + "&" + RestLi.param("pivot", "MEMBER_COMPANY") + "&"
                + RestLi.param("timeGranularity", "ALL") + "&" + RestLi.rawParam("dateRange", RestLi.dateRange(from, to))
                + "&" + RestLi.rawParam("fields", FIELDS) + "&";
        List<String> queries = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (String account : config.engagementAccounts()) {
            List<String> candidate = new ArrayList<>(group);
            candidate.add(account);
            if (!group.isEmpty() && (fixed + RestLi.rawParam("accounts", RestLi.list(candidate))).length() > maxQueryLength) {
                queries.add(fixed + RestLi.rawParam("accounts", RestLi.list(group)));
                group = new ArrayList<>(List.of(account));
            } else {
                group = candidate;
            }
        }
        if (!group.isEmpty()) {
            queries.add(fixed + RestLi.rawParam("accounts", RestLi.list(group)));
        }
        return queries;
    }

    /** Looks up organizations not in the cache, in batches of at most 100 ids. */
    private void resolve(List<String> urns) {
        List<String> missing = urns.stream().filter(u -> organizations.get(u).isEmpty()).toList();
        for (int i = 0; i < missing.size(); i += MAX_IDS_PER_LOOKUP) {
            List<String> part = missing.subList(i, Math.min(missing.size(), i + MAX_IDS_PER_LOOKUP));
            List<String> ids = part.stream().map(u -> u.substring(ORGANIZATION.length())).toList();
            JsonNode body = client.get("organizations", RestLi.rawParam("ids", RestLi.list(ids)));
            JsonNode results = body.path("results");
            for (String urn : part) {
                JsonNode org = results.get(urn.substring(ORGANIZATION.length()));
                if (org == null) {
                    organizations.put(new LinkedInOrganization(urn, null, null));
                    continue;
                }
                String website = LinkedInJson.text(org, "localizedWebsite");
                String domain = website == null ? null : RegistrableDomain.of(website);
                organizations.put(new LinkedInOrganization(urn, LinkedInJson.text(org, "localizedName"), domain));
            }
        }
    }
}
