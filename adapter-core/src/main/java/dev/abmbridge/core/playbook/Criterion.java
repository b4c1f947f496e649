package dev.abmbridge.core.playbook;

import dev.abmbridge.core.condition.Condition;

/** One ICP criterion: matched when its condition is true; its weight may be negative. */
public record Criterion(String id, String label, int weight, Condition when) {
}
