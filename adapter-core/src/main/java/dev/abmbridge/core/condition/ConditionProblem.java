package dev.abmbridge.core.condition;

/** Why a condition cannot be compiled, where, and how to fix it. */
public record ConditionProblem(Position position, String message, String hint) {
}
