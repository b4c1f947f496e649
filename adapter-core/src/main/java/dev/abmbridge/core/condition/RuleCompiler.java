package dev.abmbridge.core.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Compiles written conditions into fast {@link Rule}s for one kind of subject, reporting every problem. */
public final class RuleCompiler<T> {

    private final FieldCatalog<T> catalog;
    /** Built on the first {@code cel:} condition: setting up CEL costs far more than compiling anything else. */
    private final com.google.common.base.Supplier<CelRules<T>> cel;

    public RuleCompiler(FieldCatalog<T> catalog) {
        this.catalog = catalog;
        this.cel = com.google.common.base.Suppliers.memoize(() -> new CelRules<>(catalog));
    }

    public CompiledCondition<T> compile(Condition condition) {
        List<ConditionProblem> problems = new ArrayList<>();
        Rule<T> rule = compile(condition, problems);
        return new CompiledCondition<>(rule, problems);
    }

    /** For conditions already validated at load time. */
    public Rule<T> compileValid(Condition condition) {
        CompiledCondition<T> c = compile(condition);
        if (!c.ok()) {
            throw new IllegalArgumentException("condition at line " + condition.position().line()
                    + " was not validated: " + c.problems().get(0).message());
        }
        return c.rule();
    }

    private Rule<T> compile(Condition condition, List<ConditionProblem> problems) {
        if (condition instanceof Condition.Field f) {
            return field(f, problems);
        }
        if (condition instanceof Condition.AllOf a) {
            return allOf(a.parts().stream().map(p -> compile(p, problems)).toList());
        }
        if (condition instanceof Condition.AnyOf a) {
            return anyOf(a.parts().stream().map(p -> compile(p, problems)).toList());
        }
        if (condition instanceof Condition.Not n) {
            Rule<T> inner = compile(n.part(), problems);
            return t -> inner.test(t).not();
        }
        Condition.Cel c = (Condition.Cel) condition;
        return guarded(c.position(), problems, () -> cel.get().compile(c.expression()));
    }

    private Rule<T> field(Condition.Field f, List<ConditionProblem> problems) {
        FieldDef<T> def = catalog.find(f.field()).orElse(null);
        if (def == null) {
            problems.add(new ConditionProblem(f.position(), "unknown " + catalog.subject() + " field '" + f.field() + "'",
                    suggestion(f.field())));
            return t -> Truth.UNKNOWN;
        }
        return guarded(f.operandPosition(), problems, () -> fieldRule(f, def));
    }

    private Rule<T> fieldRule(Condition.Field f, FieldDef<T> def) {
        Operator op = f.operator();
        if (op == Operator.EXISTS) {
            boolean expected = Operands.bool(op, f.operand());
            var get = def.accessor();
            return t -> Truth.of(MissingValue.isMissing(get.apply(t)) != expected);
        }
        return switch (def.type()) {
            case TEXT -> TextRules.rule(op, f.operand(), def);
            case INTEGER, DECIMAL -> NumberRules.rule(op, f.operand(), def);
            case TEXT_LIST -> ListRules.rule(op, f.operand(), def);
            case BOOLEAN -> BooleanRules.rule(op, f.operand(), def);
            case DYNAMIC -> DynamicRules.rule(op, f.operand(), def);
        };
    }

    private Rule<T> guarded(Position position, List<ConditionProblem> problems, java.util.function.Supplier<Rule<T>> build) {
        try {
            return build.get();
        } catch (OperandException e) {
            problems.add(new ConditionProblem(position, e.getMessage(), e.hint()));
            return t -> Truth.UNKNOWN;
        }
    }

    private String suggestion(String written) {
        List<String> names = Stream.concat(catalog.fields().stream().map(FieldDef::name), Stream.of("custom.<name>"))
                .toList();
        return EditDistance.didYouMean(written, names) + "fields are " + String.join(", ", names);
    }

    private static <T> Rule<T> allOf(List<Rule<T>> parts) {
        @SuppressWarnings("unchecked")
        Rule<T>[] rules = parts.toArray(Rule[]::new);
        return t -> {
            Truth result = Truth.TRUE;
            for (Rule<T> r : rules) {
                Truth v = r.test(t);
                if (v == Truth.FALSE) {
                    return Truth.FALSE;
                }
                if (v == Truth.UNKNOWN) {
                    result = Truth.UNKNOWN;
                }
            }
            return result;
        };
    }

    private static <T> Rule<T> anyOf(List<Rule<T>> parts) {
        @SuppressWarnings("unchecked")
        Rule<T>[] rules = parts.toArray(Rule[]::new);
        return t -> {
            Truth result = Truth.FALSE;
            for (Rule<T> r : rules) {
                Truth v = r.test(t);
                if (v == Truth.TRUE) {
                    return Truth.TRUE;
                }
                if (v == Truth.UNKNOWN) {
                    result = Truth.UNKNOWN;
                }
            }
            return result;
        };
    }
}
