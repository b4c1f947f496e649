package dev.abmbridge.sandbox.linkedin;

import java.time.Instant;

/**
 * One entry streamed into a segment: its identifying key, when it was added, the organization it resolves
 * to (companies; null if none) and whether LinkedIn's matching finds it.
 */
record SegmentMember(String key, Instant addedAt, String organizationUrn, boolean matchable) {
}
