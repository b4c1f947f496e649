package dev.abmbridge.core.title;

/** How senior a job title is, highest first. */
public enum Seniority {
    C_LEVEL, VP, DIRECTOR, MANAGER, STAFF, UNKNOWN
}
