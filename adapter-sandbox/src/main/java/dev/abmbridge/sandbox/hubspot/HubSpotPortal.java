package dev.abmbridge.sandbox.hubspot;

import dev.abmbridge.sandbox.generator.DemoDataSet;
import java.time.Clock;

/** Placeholder: the HubSpot portal state (filled in the HubSpot slice). */
public final class HubSpotPortal {

    public HubSpotPortal(Clock clock) {
    }

    public void seed(DemoDataSet data) {
    }
}
