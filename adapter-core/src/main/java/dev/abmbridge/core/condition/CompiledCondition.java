package dev.abmbridge.core.condition;

import java.util.List;

/** The outcome of compiling a condition: a rule, usable only when there are no problems. */
public record CompiledCondition<T>(Rule<T> rule, List<ConditionProblem> problems) {

    public CompiledCondition {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
