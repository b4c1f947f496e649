package dev.abmbridge.salesforce;

import dev.abmbridge.core.playbook.Audience;
import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.RateLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Playbook contact audiences as Salesforce Campaigns: one Campaign per audience, named after it, created when missing,
 * remembered by id (a rename in Salesforce keeps it) and re-created with its members when deleted in the org. A delta
 * becomes CampaignMember creates (with the configured status) and deletes, 200 records per call, after one query for
 * the members the batch's contacts already have; it never writes any other object or field.
 * <p>
 * Member keys are e-mail hashes; {@link SalesforceContactKeys} turns them into Contact ids. Only contacts with a
 * Salesforce Contact id apply: an account member is skipped (answered OK, since no later run could apply it) and a
 * contact without a Salesforce Contact is skipped and rejected (so the next run tries again, when the contact may
 * exist). Both are counted in {@link #skippedAccounts()} and {@link #skippedContacts()}.
 */
public final class SalesforceCampaignDestination implements AudienceDestination {

    private final String system;
    private final SalesforceCampaignConfig config;
    private final SalesforceCampaignRegistry registry;
    private final SalesforceContactKeys contacts;
    private final SalesforceCampaignMembers calls;
    private final List<Audience> audiences;
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Set<String> checkedThisRun = ConcurrentHashMap.newKeySet();
    private final AtomicLong skippedAccounts = new AtomicLong();
    private final AtomicLong skippedContacts = new AtomicLong();

    /** Without the playbook's audiences: a campaign deleted in the org is re-created when its audience next changes. */
    public SalesforceCampaignDestination(String system, SalesforceConnector connector, SalesforceCampaignConfig config,
                                         SalesforceCampaignRegistry registry) {
        this(system, connector, config, registry, List.of());
    }

    /**
     * @param system    the connection name playbook audiences list among their destinations
     * @param audiences the playbook's audiences: at the end of each run, the campaigns of those naming {@code system}
     *                  that no change touched are checked (one query each) and re-created when deleted in the org
     */
    public SalesforceCampaignDestination(String system, SalesforceConnector connector, SalesforceCampaignConfig config,
                                         SalesforceCampaignRegistry registry, List<Audience> audiences) {
        this.system = system;
        this.audiences = audiences.stream().filter(a -> a.hasContacts() && a.destinations().contains(system)).toList();
        this.config = config.validated();
        this.registry = registry;
        int batch = connector.config().queryBatchSize();
        this.contacts = new SalesforceContactKeys(connector.session(), batch);
        this.calls = new SalesforceCampaignMembers(connector.session(), batch);
    }

    @Override
    public String system() {
        return system;
    }

    @Override
    public int maxBatchSize() {
        return SalesforceCampaignMembers.MAX_RECORDS_PER_CALL;
    }

    /** As the insight sink: Salesforce has no per-second quota for short calls; this keeps a run polite. */
    @Override
    public RateLimit rateLimit() {
        return new RateLimit(20, Duration.ofSeconds(1));
    }

    /**
     * Finds the audience's campaign by its remembered id, else by its name, else creates it. A remembered campaign
     * that is gone from the org is re-created and given back the members the engine recorded as pushed.
     */
    @Override
    public void ensureAudience(String audienceId, String displayName) {
        names.put(audienceId, campaignName(audienceId, displayName));
        checkedThisRun.add(audienceId);
        String remembered = registry.campaignId(audienceId).orElse(null);
        if (remembered != null && calls.campaignExists(remembered)) {
            return;
        }
        String id = remembered == null ? calls.campaignNamed(names.get(audienceId)) : null;
        if (id == null) {
            id = calls.createCampaign(names.get(audienceId), "Kept in step with the ABM playbook audience " + audienceId
                    + " by ABM Bridge: members are added and removed on every sync.");
        }
        registry.saveCampaignId(audienceId, id);
        if (remembered != null) {
            restore(id, registry.pushedKeys(audienceId));
        }
    }

    /** Checks the campaigns no change touched this run, so one deleted in the org comes back without waiting for a change. */
    @Override
    public void runFinished() {
        for (Audience a : audiences) {
            if (!checkedThisRun.contains(a.id()) && registry.campaignId(a.id()).isPresent()) {
                ensureAudience(a.id(), a.name());
            }
        }
        checkedThisRun.clear();
    }

    private void restore(String campaignId, Collection<String> keys) {
        List<String> ids = new ArrayList<>();
        contacts.resolve(keys).values().forEach(ids::addAll);
        calls.add(campaignId, ids.stream().sorted().toList(), config.memberStatus());
    }

    @Override
    public List<Outcome> apply(String audienceId, List<MemberChange> changes) {
        if (changes.size() > maxBatchSize()) {
            throw new IllegalArgumentException("at most " + maxBatchSize() + " member changes per batch, got " + changes.size());
        }
        List<Outcome> outcomes = new ArrayList<>();
        List<MemberChange> forContacts = new ArrayList<>();
        for (MemberChange c : changes) {
            if (c.kind() == MemberKind.COMPANY) {
                skippedAccounts.incrementAndGet();
                outcomes.add(Outcome.ok(c.key()));
            } else {
                forContacts.add(c);
            }
        }
        if (forContacts.isEmpty() || (registry.campaignId(audienceId).isEmpty() && forContacts.stream().noneMatch(MemberChange::add))) {
            forContacts.forEach(c -> outcomes.add(Outcome.ok(c.key()))); // nothing to remove from a campaign never made
            return outcomes;
        }
        String campaignId = campaignId(audienceId);
        Map<String, Set<String>> ids = contacts.resolve(forContacts.stream().map(MemberChange::key).toList());
        Set<String> allIds = new LinkedHashSet<>();
        ids.values().forEach(allIds::addAll);
        Map<String, String> existing = allIds.isEmpty() ? Map.of() : calls.membersAmong(campaignId, allIds);
        Set<String> toAdd = new LinkedHashSet<>();
        Map<String, String> toRemove = new LinkedHashMap<>();
        for (MemberChange c : forContacts) {
            for (String id : ids.getOrDefault(c.key(), Set.of())) {
                if (c.add() && !existing.containsKey(id)) {
                    toAdd.add(id);
                } else if (!c.add() && existing.containsKey(id)) {
                    toRemove.put(id, existing.get(id));
                }
            }
        }
        Map<String, SalesforceCampaignMembers.Result> results = new HashMap<>();
        calls.add(campaignId, List.copyOf(toAdd), config.memberStatus()).forEach(r -> results.put(r.contactId(), r));
        calls.remove(toRemove).forEach(r -> results.put(r.contactId(), r));
        for (MemberChange c : forContacts) {
            outcomes.add(outcome(c, ids.get(c.key()), results));
        }
        return outcomes;
    }

    /** A key's outcome over all its contacts: the first failure decides; no contact at all is a skip. */
    private Outcome outcome(MemberChange c, Set<String> ids, Map<String, SalesforceCampaignMembers.Result> results) {
        if (ids == null) {
            if (!c.add()) {
                return Outcome.ok(c.key());
            }
            skippedContacts.incrementAndGet();
            return Outcome.rejected(c.key(), "skipped: no Salesforce Contact has this e-mail");
        }
        for (String id : ids) {
            SalesforceCampaignMembers.Result r = results.get(id);
            if (r != null && r.error() != null) {
                return r.retriable() ? Outcome.retriable(c.key(), r.error(), null) : Outcome.rejected(c.key(), r.error());
            }
        }
        return Outcome.ok(c.key());
    }

    private String campaignId(String audienceId) {
        String id = registry.campaignId(audienceId).orElse(null);
        if (id == null) {
            ensureAudience(audienceId, names.get(audienceId));
            id = registry.campaignId(audienceId).orElseThrow();
        }
        return id;
    }

    /** Which of these keys have a Contact that is a member of the audience's campaign, read from Salesforce. */
    @Override
    public Set<String> members(String audienceId, Collection<String> keys) {
        String campaignId = registry.campaignId(audienceId).orElse(null);
        if (campaignId == null) {
            return Set.of();
        }
        Map<String, Set<String>> ids = contacts.resolve(keys);
        Set<String> allIds = new HashSet<>();
        ids.values().forEach(allIds::addAll);
        Map<String, String> present = allIds.isEmpty() ? Map.of() : calls.membersAmong(campaignId, allIds);
        Set<String> out = new LinkedHashSet<>();
        ids.forEach((key, contactIds) -> {
            if (contactIds.stream().anyMatch(present::containsKey)) {
                out.add(key);
            }
        });
        return out;
    }

    /** Every contact member key of the audience's campaign (members whose contact has no e-mail are left out). */
    public Set<String> allMembers(String audienceId) {
        String campaignId = registry.campaignId(audienceId).orElse(null);
        if (campaignId == null) {
            return Set.of();
        }
        contacts.load();
        Set<String> out = new LinkedHashSet<>();
        for (String contactId : calls.allMembers(campaignId).keySet()) {
            String key = contacts.keyOfContact(contactId);
            if (key != null) {
                out.add(key);
            }
        }
        return out;
    }

    /** The campaign id remembered for an audience, if it has one yet. */
    public Optional<String> campaignIdOf(String audienceId) {
        return registry.campaignId(audienceId);
    }

    /** Account members offered to this destination (Campaigns take contacts only). */
    public long skippedAccounts() {
        return skippedAccounts.get();
    }

    /** Contact members added while no Salesforce Contact had their e-mail. */
    public long skippedContacts() {
        return skippedContacts.get();
    }

    /** The audience's display name, cut to the 80 characters of Campaign.Name. */
    static String campaignName(String audienceId, String displayName) {
        String name = displayName == null || displayName.isBlank() ? audienceId : displayName.strip();
        return name.length() <= 80 ? name : name.substring(0, 80);
    }
}
