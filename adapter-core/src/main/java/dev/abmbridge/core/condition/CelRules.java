package dev.abmbridge.core.condition;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code cel:} conditions over one catalog's fields, typed as PLAYBOOK.md says. A missing field is left
 * unbound, so an expression that reads it fails, and a failure at run time is {@link Truth#UNKNOWN}.
 */
final class CelRules<T> {

    private static final String CUSTOM = "custom";

    private final FieldCatalog<T> catalog;
    private final CelCompiler compiler;
    private final CelRuntime runtime;
    private final Map<String, Function<T, Object>> variables = new HashMap<>();
    private final String typedFields;

    CelRules(FieldCatalog<T> catalog) {
        this.catalog = catalog;
        CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder()
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .setResultType(SimpleType.BOOL);
        for (FieldDef<T> f : catalog.fields()) {
            builder.addVar(f.name(), celType(f.type()));
            variables.put(f.name(), celValue(f));
        }
        builder.addVar(CUSTOM, MapType.create(SimpleType.STRING, SimpleType.DYN));
        variables.put(CUSTOM, t -> {
            Map<String, Object> custom = catalog.customOf(t);
            return custom;
        });
        this.compiler = builder.build();
        this.typedFields = catalog.fields().stream().map(f -> f.name() + " " + celTypeName(f.type()))
                .collect(java.util.stream.Collectors.joining(", ")) + ", custom map(string, dyn)";
        this.runtime = CelRuntimeFactory.standardCelRuntimeBuilder().build();
    }

    Rule<T> compile(String expression) {
        CelValidationResult result = compiler.compile(expression);
        if (result.hasError()) {
            throw new OperandException("the CEL expression does not compile: " + firstLine(result.getErrorString()),
                    "the expression must be true or false; " + catalog.subject() + " fields are " + typedFields
                            + " (write a double as 200000.0, not 200000)");
        }
        CelRuntime.Program program;
        try {
            CelAbstractSyntaxTree ast = result.getAst();
            program = runtime.createProgram(ast);
        } catch (CelValidationException | CelEvaluationException e) {
            throw new OperandException("the CEL expression cannot run: " + firstLine(e.getMessage()),
                    "simplify the expression");
        }
        return subject -> {
            // PLAYBOOK.md: an expression that reads a missing field is unknown, even where CEL's own
            // logic would absorb the error (missing || true is true in CEL).
            boolean[] readMissing = new boolean[1];
            try {
                Object out = program.eval(name -> {
                    Function<T, Object> get = variables.get(name);
                    Object value = get == null ? null : get.apply(subject);
                    if (value == null) {
                        readMissing[0] = true;
                    }
                    return Optional.ofNullable(value);
                });
                return !readMissing[0] && out instanceof Boolean b ? Truth.of(b) : Truth.UNKNOWN;
            } catch (CelEvaluationException | RuntimeException e) {
                return Truth.UNKNOWN;
            }
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    private static String celTypeName(FieldType type) {
        return switch (type) {
            case TEXT -> "string";
            case INTEGER -> "int";
            case DECIMAL -> "double";
            case TEXT_LIST -> "list(string)";
            case BOOLEAN -> "bool";
            case DYNAMIC -> "dyn";
        };
    }

    private static CelType celType(FieldType type) {
        return switch (type) {
            case TEXT -> SimpleType.STRING;
            case INTEGER -> SimpleType.INT;
            case DECIMAL -> SimpleType.DOUBLE;
            case TEXT_LIST -> ListType.create(SimpleType.STRING);
            case BOOLEAN -> SimpleType.BOOL;
            case DYNAMIC -> SimpleType.DYN;
        };
    }

    /** The field's value as CEL expects it; null (unbound) when missing. */
    private static <T> Function<T, Object> celValue(FieldDef<T> f) {
        Function<T, Object> get = f.accessor();
        return switch (f.type()) {
            case DECIMAL -> t -> {
                Object v = get.apply(t);
                return v instanceof BigDecimal d ? d.doubleValue() : null;
            };
            case TEXT -> t -> {
                Object v = get.apply(t);
                return v == null || v.toString().isBlank() ? null : v.toString();
            };
            case TEXT_LIST -> t -> {
                Object v = get.apply(t);
                return v instanceof List<?> l && !l.isEmpty() ? l : null;
            };
            default -> get;
        };
    }
}
