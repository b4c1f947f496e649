package dev.abmbridge.core.model;

/** Sales regions derived from an account's country (PLAYBOOK.md, canonical account fields). */
public enum Region {
    NA, LATAM, EMEA, APAC
}
