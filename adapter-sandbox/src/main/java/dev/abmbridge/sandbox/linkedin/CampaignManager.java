package dev.abmbridge.sandbox.linkedin;

import dev.abmbridge.sandbox.generator.DemoDataSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The emulated Campaign Manager: one sponsored ad account, its DMP segments, and LinkedIn's organization pages. */
public final class CampaignManager {

    public static final String AD_ACCOUNT = "urn:li:sponsoredAccount:500000001";
    /** A new segment only takes streamed data this long after creation (LinkedIn: "wait 5 seconds"). */
    static final Duration AVAILABLE_AFTER = Duration.ofSeconds(5);

    private final Clock clock;
    private final Duration matchDelay;
    private final OrganizationDirectory organizations;
    private final Map<Long, DmpSegment> segments = new LinkedHashMap<>();
    private final AtomicLong nextId = new AtomicLong(19_000_001);

    CampaignManager(Clock clock, Duration matchDelay, DemoDataSet data) {
        this.clock = clock;
        this.matchDelay = matchDelay;
        this.organizations = new OrganizationDirectory(data);
    }

    Clock clock() {
        return clock;
    }

    Duration matchDelay() {
        return matchDelay;
    }

    OrganizationDirectory organizations() {
        return organizations;
    }

    synchronized DmpSegment create(String name, String type, String account, String sourcePlatform, String sourceSegmentId) {
        DmpSegment segment = new DmpSegment(nextId.getAndIncrement(), name, type, account, sourcePlatform, sourceSegmentId, clock.instant());
        segments.put(segment.id(), segment);
        return segment;
    }

    synchronized Optional<DmpSegment> segment(long id) {
        return Optional.ofNullable(segments.get(id));
    }

    synchronized List<DmpSegment> segments() {
        return new ArrayList<>(segments.values());
    }
}
