package dev.abmbridge.linkedin;

/** Something an admin should see in the run report or on the status page; never carries a secret or an e-mail. */
public record LinkedInWarning(String audienceId, LinkedInSegmentType type, String message) {
}
