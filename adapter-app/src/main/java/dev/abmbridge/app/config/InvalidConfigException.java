package dev.abmbridge.app.config;

import java.util.List;

/** The configuration cannot be used; {@link #problems()} lists every problem found, not just the first. */
public final class InvalidConfigException extends RuntimeException {

    private final List<ConfigProblem> problems;

    public InvalidConfigException(List<ConfigProblem> problems) {
        super(problems.size() + " configuration problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
