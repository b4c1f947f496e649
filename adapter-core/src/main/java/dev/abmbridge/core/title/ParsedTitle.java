package dev.abmbridge.core.title;

/** What a job title says about a person: how senior, in which function. */
public record ParsedTitle(Seniority seniority, JobFunction function) {

    public static final ParsedTitle UNKNOWN = new ParsedTitle(Seniority.UNKNOWN, JobFunction.OTHER);
}
