package dev.abmbridge.linkedin;

import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;

/** A LinkedIn connector wired to a sandbox: recording transport, clock-moving sleeper. */
final class LinkedInTestKit {

    static final String VERSION = "202611";

    final Sandbox sandbox;
    final MutableClock clock;
    final RecordingTransport transport = new RecordingTransport();
    final ClockSleeper sleeper;

    LinkedInTestKit(Sandbox sandbox, MutableClock clock) {
        this.sandbox = sandbox;
        this.clock = clock;
        this.sleeper = new ClockSleeper(clock);
    }

    LinkedInConfig.Builder config() {
        return LinkedInConfig.builder().apiBaseUrl(sandbox.linkedInUrl()).oauthBaseUrl(sandbox.linkedInUrl())
                .version(VERSION).adAccount(sandbox.linkedIn().adAccount()).sourcePlatform("ABM_BRIDGE");
    }

    LinkedInCredentials credentials() {
        return new LinkedInCredentials("abm-client", "abm-secret", sandbox.linkedIn().accessToken(), null,
                sandbox.linkedIn().refreshToken(), null);
    }

    LinkedInConnector connector(LinkedInConfig config) {
        return new LinkedInConnector(config, credentials(), transport, clock, sleeper);
    }

    long calls(String operation) {
        return sandbox.ledger().calls("linkedin", operation);
    }
}
