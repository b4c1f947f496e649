package dev.abmbridge.core.playbook;

/** A named tier an account reaches with at least {@code minScore}. */
public record Tier(String name, int minScore) {
}
