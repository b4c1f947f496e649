package dev.abmbridge.core.title;

/** Parses free-text job titles into seniority and function. Thread-safe, no I/O. */
public final class TitleParser {

    public ParsedTitle parse(String title) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
