package dev.abmbridge.linkedin;

import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.contract.AudienceDestinationContract;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

/** The core audience-destination contract against the sandbox's LinkedIn emulator. */
class LinkedInAudienceDestinationContractTest extends AudienceDestinationContract {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(50, 50, 7).withClock(CLOCK));

    private LinkedInAudienceDestination destination;

    @BeforeEach
    void setUp() {
        LinkedInTestKit kit = new LinkedInTestKit(SANDBOX.sandbox(), CLOCK);
        destination = kit.connector(kit.config().minimumAudienceSize(0).build())
                .audienceDestination(new InMemoryLinkedInSegmentRegistry(), LinkedInMemberDetails.NONE);
    }

    @Override
    protected AudienceDestination destination() {
        return destination;
    }
}
