package dev.abmbridge.sandbox.ledger;

/** How often one operation of one system was called, and how many records those calls carried. */
public record ApiCallTally(String system, String operation, long calls, long records) {
}
