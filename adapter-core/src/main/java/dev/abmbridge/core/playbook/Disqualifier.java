package dev.abmbridge.core.playbook;

import dev.abmbridge.core.condition.Condition;

/** A condition that, when true, takes an account out of the ICP whatever its score. */
public record Disqualifier(String id, String label, Condition when) {
}
