package dev.abmbridge.core.condition;

/** Where something was written in the playbook file: 1-based line and column. */
public record Position(int line, int column) {

    public static final Position UNKNOWN = new Position(0, 0);
}
