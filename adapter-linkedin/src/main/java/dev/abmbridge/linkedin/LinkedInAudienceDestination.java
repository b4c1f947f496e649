package dev.abmbridge.linkedin;

import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.AudienceReach;
import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.RateLimit;
import dev.abmbridge.linkedin.client.LinkedInApiException;
import dev.abmbridge.linkedin.client.LinkedInJson;
import dev.abmbridge.linkedin.client.LinkedInRestClient;
import dev.abmbridge.linkedin.client.RestLi;
import dev.abmbridge.linkedin.client.Sleeper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Playbook audiences as LinkedIn DMP segments: one COMPANY segment (accounts, by website domain) and one USER
 * segment (contacts, by SHA-256 of the e-mail) per audience, created on first use and found again by stored id.
 * Each {@link #apply} sends one {@code BATCH_CREATE} per segment type present in the batch and maps LinkedIn's
 * per-element statuses to outcomes. Removals that would shrink a segment below the configured minimum are held
 * back (a retriable outcome and a {@link LinkedInWarning}); the engine offers them again on the next run.
 */
public final class LinkedInAudienceDestination implements AudienceDestination {

    private static final int MAX_NOT_YET_AVAILABLE_RETRIES = 3;

    private final LinkedInConfig config;
    private final LinkedInRestClient client;
    private final LinkedInSegments segments;
    private final LinkedInSegmentRegistry registry;
    private final LinkedInMemberDetails details;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final List<LinkedInWarning> warnings = new CopyOnWriteArrayList<>();

    public LinkedInAudienceDestination(LinkedInConfig config, LinkedInRestClient client, LinkedInSegmentRegistry registry,
                                       LinkedInMemberDetails details, Clock clock, Sleeper sleeper) {
        this.config = config;
        this.client = client;
        this.registry = registry;
        this.details = details;
        this.clock = clock;
        this.sleeper = sleeper;
        this.segments = new LinkedInSegments(client, config, registry, clock);
    }

    @Override
    public String system() {
        return config.system();
    }

    @Override
    public int maxBatchSize() {
        return config.batchLimit();
    }

    /** LinkedIn's per-member limit on {@code /companies} (300 a minute; {@code /users} allows 600). */
    @Override
    public RateLimit rateLimit() {
        return new RateLimit(300, Duration.ofMinutes(1));
    }

    /**
     * Remembers the display name and checks the audience's existing segments; a segment of a type is created
     * when the first member of that type is applied (an account audience never gets an empty USER segment).
     */
    @Override
    public void ensureAudience(String audienceId, String displayName) {
        names.put(audienceId, displayName);
        for (LinkedInSegmentType type : LinkedInSegmentType.values()) {
            if (registry.segmentId(audienceId, type).isPresent()) {
                segments.find(audienceId, type);
            }
        }
    }

    @Override
    public List<Outcome> apply(String audienceId, List<MemberChange> changes) {
        if (changes.size() > config.batchLimit()) {
            throw new IllegalArgumentException("a batch of " + changes.size() + " is over the limit of " + config.batchLimit());
        }
        Map<LinkedInSegmentType, List<MemberChange>> byType = new EnumMap<>(LinkedInSegmentType.class);
        for (MemberChange c : changes) {
            byType.computeIfAbsent(LinkedInSegmentType.of(c.kind()), t -> new ArrayList<>()).add(c);
        }
        List<Outcome> outcomes = new ArrayList<>();
        byType.forEach((type, group) -> outcomes.addAll(applyToSegment(audienceId, type, group)));
        return outcomes;
    }

    private List<Outcome> applyToSegment(String audienceId, LinkedInSegmentType type, List<MemberChange> group) {
        List<Outcome> outcomes = new ArrayList<>();
        List<MemberChange> send = guard(audienceId, type, group, outcomes);
        if (send.isEmpty()) {
            return outcomes;
        }
        if (send.stream().noneMatch(MemberChange::add) && segments.find(audienceId, type).isEmpty()) {
            send.forEach(c -> outcomes.add(Outcome.ok(c.key()))); // removals from a segment that does not exist
            return outcomes;
        }
        String segmentId = segments.ensure(audienceId, names.getOrDefault(audienceId, audienceId), type);
        ObjectNode body = LinkedInJson.object();
        ArrayNode elements = body.putArray("elements");
        for (MemberChange c : send) {
            elements.add(type == LinkedInSegmentType.COMPANY
                    ? LinkedInSegmentElements.company(c.add(), details.company(c.key())
                            .orElse(new LinkedInCompany(c.key(), null, null)))
                    : LinkedInSegmentElements.user(c.add(), userOf(c.key())));
        }
        JsonNode statuses = stream(segmentId, type, body).path("elements");
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < send.size(); i++) {
            MemberChange c = send.get(i);
            JsonNode element = statuses.get(i);
            int status = element == null ? 0 : element.path("status").asInt(0);
            if (status >= 200 && status < 300) {
                outcomes.add(Outcome.ok(c.key()));
                (c.add() ? added : removed).add(c.key());
            } else if (element == null) {
                outcomes.add(Outcome.retriable(c.key(), "LinkedIn returned no status for this element", null));
            } else {
                String message = LinkedInJson.text(element.path("error"), "message");
                String reason = "LinkedIn element status " + status + (message == null ? "" : ": " + message);
                outcomes.add(status == 429 || status >= 500 ? Outcome.retriable(c.key(), reason, null)
                        : Outcome.rejected(c.key(), reason));
            }
        }
        registry.applied(audienceId, type, added, removed);
        return outcomes;
    }

    private LinkedInUser userOf(String key) {
        if (!LinkedInEmailHash.isHash(key)) {
            // The SPI promises a hash; anything else is refused here rather than sent.
            throw new IllegalArgumentException("a contact member key must be the SHA-256 of its e-mail");
        }
        return details.user(key).orElse(new LinkedInUser(key, null, null, null, null, null));
    }

    /** Holds back removals that would leave fewer members than the minimum; returns the changes to send. */
    private List<MemberChange> guard(String audienceId, LinkedInSegmentType type, List<MemberChange> group,
                                     List<Outcome> outcomes) {
        int minimum = config.minimumAudienceSize();
        if (minimum == 0 || group.stream().allMatch(MemberChange::add)) {
            return group;
        }
        Set<String> present = registry.members(audienceId, type, group.stream().map(MemberChange::key).toList());
        int size = registry.memberCount(audienceId, type);
        Set<String> newAdds = new HashSet<>();
        for (MemberChange c : group) {
            if (c.add() && !present.contains(c.key())) {
                newAdds.add(c.key());
            }
        }
        int allowed = Math.max(0, size + newAdds.size() - minimum);
        List<MemberChange> send = new ArrayList<>();
        int heldBack = 0;
        for (MemberChange c : group) {
            if (c.add() || !present.contains(c.key())) {
                send.add(c); // adds, and removals of absent members (no-ops at LinkedIn)
            } else if (allowed > 0) {
                allowed--;
                send.add(c);
            } else {
                heldBack++;
                outcomes.add(Outcome.retriable(c.key(), "held back: the segment would fall below the minimum of "
                        + minimum + " members", null));
            }
        }
        if (heldBack > 0) {
            warnings.add(new LinkedInWarning(audienceId, type, "held back " + heldBack + " removal(s) from audience "
                    + audienceId + " (" + type.resource() + "): the segment holds " + (size + newAdds.size())
                    + " members and must keep at least " + minimum + "; they are offered again on the next run"));
        }
        return send;
    }

    /** One streaming call; waits out LinkedIn's availability delay after creating a segment. */
    private JsonNode stream(String segmentId, LinkedInSegmentType type, ObjectNode body) {
        String path = "dmpSegments/" + RestLi.pathKey(segmentId) + "/" + type.resource();
        segments.createdAt(segmentId).ifPresent(created -> {
            Duration left = Duration.between(clock.instant(), created.plus(config.segmentReadyAfter()));
            if (!left.isNegative() && !left.isZero()) {
                sleeper.sleep(left);
            }
        });
        for (int attempt = 0; ; attempt++) {
            try {
                return LinkedInJson.parse(client.post(path, body, "BATCH_CREATE").body());
            } catch (LinkedInApiException e) {
                Instant created = segments.createdAt(segmentId).orElse(null);
                boolean fresh = created != null && clock.instant().isBefore(created.plus(Duration.ofMinutes(2)));
                if (e.status() != 404 || !fresh || attempt >= MAX_NOT_YET_AVAILABLE_RETRIES) {
                    throw e;
                }
                sleeper.sleep(config.segmentReadyAfter());
            }
        }
    }

    @Override
    public Set<String> members(String audienceId, Collection<String> keys) {
        Set<String> out = new HashSet<>();
        for (LinkedInSegmentType type : LinkedInSegmentType.values()) {
            out.addAll(registry.members(audienceId, type, keys));
        }
        return out;
    }

    /** The audience's segments as LinkedIn reports them now (one GET per segment), in the SPI's terms. */
    @Override
    public List<AudienceReach> reach(String audienceId) {
        return status(audienceId).stream().map(LinkedInAudienceDestination::reach).toList();
    }

    private static AudienceReach reach(LinkedInSegmentStatus s) {
        String warning = !s.usable() ? "LinkedIn reports the segment " + s.status() + ": campaigns cannot use it"
                : !s.belowServingMinimum() ? null
                : s.settling() ? "LinkedIn is still matching (up to 48 hours); campaigns serve from "
                        + LinkedInSegmentStatus.SERVING_MINIMUM + " matched members"
                : "fewer than " + LinkedInSegmentStatus.SERVING_MINIMUM
                        + " matched members: LinkedIn will not serve campaigns on it";
        return new AudienceReach(s.type() == LinkedInSegmentType.COMPANY ? MemberKind.COMPANY : MemberKind.CONTACT,
                s.status(), s.matchedCount(), s.pushed(), warning);
    }

    /** The audience's segments as LinkedIn reports them now (one GET per segment). */
    public List<LinkedInSegmentStatus> status(String audienceId) {
        List<LinkedInSegmentStatus> out = new ArrayList<>();
        for (LinkedInSegmentType type : LinkedInSegmentType.values()) {
            segments.find(audienceId, type).ifPresent(id -> out.add(status(audienceId, type, id)));
        }
        return out;
    }

    private LinkedInSegmentStatus status(String audienceId, LinkedInSegmentType type, String segmentId) {
        JsonNode segment = segments.read(segmentId);
        JsonNode destination = segment.path("destinations").path(0);
        String status = LinkedInJson.text(destination, "status");
        long matched = destination.has("matchedCount") ? destination.path("matchedCount").asLong()
                : LinkedInJson.number(segment, "matchedCount");
        int pushed = registry.memberCount(audienceId, type);
        Double rate = pushed == 0 ? null : Math.min(1.0, matched / (double) pushed);
        return new LinkedInSegmentStatus(audienceId, type, segmentId, status, LinkedInJson.number(segment, "inputCount"),
                matched, pushed, rate, LinkedInJson.text(destination, "destinationSegmentId"));
    }

    /**
     * Polls the audience's segments until none is BUILDING or UPDATING, at most {@code maxPolls} times,
     * {@code interval} apart (the injected sleeper waits); returns the last statuses read.
     */
    public List<LinkedInSegmentStatus> awaitSettled(String audienceId, int maxPolls, Duration interval) {
        List<LinkedInSegmentStatus> last = status(audienceId);
        for (int i = 1; i < maxPolls && last.stream().anyMatch(LinkedInSegmentStatus::settling); i++) {
            sleeper.sleep(interval);
            last = status(audienceId);
        }
        return last;
    }

    /** Warnings since the last {@link #drainWarnings()}, for the run report. */
    public List<LinkedInWarning> warnings() {
        return List.copyOf(warnings);
    }

    public List<LinkedInWarning> drainWarnings() {
        List<LinkedInWarning> out = List.copyOf(warnings);
        warnings.removeAll(out);
        return out;
    }
}
