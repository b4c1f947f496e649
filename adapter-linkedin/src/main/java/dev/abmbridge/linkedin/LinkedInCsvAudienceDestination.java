package dev.abmbridge.linkedin;

import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.RateLimit;
import org.apache.commons.csv.CSVRecord;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fallback without Audiences API approval: the engine pushes the same membership deltas as to the streaming
 * destination, and this destination keeps each audience as two files in a folder, ready to upload in Campaign
 * Manager (Plan → Audiences → Create audience → Upload a list): {@code <audience>-companies.csv} and
 * {@code <audience>-contacts.csv}. The files are the state: each call reads them, applies the delta and
 * rewrites them, so the files always hold the full current membership.
 */
public final class LinkedInCsvAudienceDestination implements AudienceDestination {

    private final String system;
    private final Path dir;
    private final LinkedInMemberDetails details;
    private final List<LinkedInWarning> warnings = new CopyOnWriteArrayList<>();

    public LinkedInCsvAudienceDestination(String system, Path dir, LinkedInMemberDetails details) {
        this.system = system;
        this.dir = dir;
        this.details = details;
    }

    @Override
    public String system() {
        return system;
    }

    @Override
    public int maxBatchSize() {
        return LinkedInConfig.MAX_BATCH;
    }

    @Override
    public RateLimit rateLimit() {
        return RateLimit.UNLIMITED;
    }

    @Override
    public void ensureAudience(String audienceId, String displayName) {
        // Files are written with the first members; an audience with none has nothing to upload.
    }

    @Override
    public synchronized List<Outcome> apply(String audienceId, List<MemberChange> changes) {
        Map<String, LinkedInCompany> companies = companies(audienceId);
        Map<String, LinkedInUser> users = users(audienceId);
        boolean companiesChanged = false;
        boolean usersChanged = false;
        List<Outcome> outcomes = new ArrayList<>();
        for (MemberChange c : changes) {
            if (c.kind() == MemberChange.MemberKind.COMPANY) {
                companiesChanged = true;
                if (c.add()) {
                    companies.put(c.key(), details.company(c.key()).orElse(new LinkedInCompany(c.key(), null, null)));
                } else {
                    companies.remove(c.key());
                }
            } else {
                if (!LinkedInEmailHash.isHash(c.key())) {
                    outcomes.add(Outcome.rejected(c.key(), "a contact member key must be the SHA-256 of its e-mail"));
                    continue;
                }
                usersChanged = true;
                if (c.add()) {
                    users.put(c.key(), details.user(c.key()).orElse(new LinkedInUser(c.key(), null, null, null, null, null)));
                } else {
                    users.remove(c.key());
                }
            }
            outcomes.add(Outcome.ok(c.key()));
        }
        if (companiesChanged) {
            LinkedInCsvLists.writeCompanies(LinkedInCsvLists.companyFile(dir, audienceId), companies.values());
            checkSize(audienceId, LinkedInSegmentType.COMPANY, companies.size());
        }
        if (usersChanged) {
            LinkedInCsvLists.writeContacts(LinkedInCsvLists.contactFile(dir, audienceId), users.values());
            checkSize(audienceId, LinkedInSegmentType.USER, users.size());
        }
        return outcomes;
    }

    private void checkSize(String audienceId, LinkedInSegmentType type, int rows) {
        if (rows < LinkedInCsvLists.MIN_ROWS || rows > LinkedInCsvLists.MAX_ROWS) {
            warnings.add(new LinkedInWarning(audienceId, type, "the " + type.resource() + " list of audience " + audienceId
                    + " has " + rows + " rows; Campaign Manager accepts uploads of " + LinkedInCsvLists.MIN_ROWS + " to "
                    + LinkedInCsvLists.MAX_ROWS + " rows"));
        }
    }

    @Override
    public synchronized Set<String> members(String audienceId, Collection<String> keys) {
        Set<String> held = new HashSet<>(companies(audienceId).keySet());
        held.addAll(users(audienceId).keySet());
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            if (held.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    public List<LinkedInWarning> warnings() {
        return List.copyOf(warnings);
    }

    private Map<String, LinkedInCompany> companies(String audienceId) {
        Map<String, LinkedInCompany> out = new LinkedHashMap<>();
        for (CSVRecord r : LinkedInCsvLists.read(LinkedInCsvLists.companyFile(dir, audienceId))) {
            String name = r.get("companyname");
            out.put(r.get("companywebsite"), new LinkedInCompany(r.get("companywebsite"), name.isEmpty() ? null : name, null));
        }
        return out;
    }

    private Map<String, LinkedInUser> users(String audienceId) {
        Map<String, LinkedInUser> out = new LinkedHashMap<>();
        for (CSVRecord r : LinkedInCsvLists.read(LinkedInCsvLists.contactFile(dir, audienceId))) {
            out.put(r.get("email"), new LinkedInUser(r.get("email"), blankToNull(r.get("firstname")),
                    blankToNull(r.get("lastname")), blankToNull(r.get("jobtitle")), blankToNull(r.get("employeecompany")),
                    blankToNull(r.get("country"))));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
