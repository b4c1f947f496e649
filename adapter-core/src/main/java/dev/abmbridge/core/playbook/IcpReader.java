package dev.abmbridge.core.playbook;

import dev.abmbridge.core.condition.Condition;
import dev.abmbridge.core.condition.RuleCompiler;
import dev.abmbridge.core.condition.SubjectFields;
import dev.abmbridge.core.model.Account;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code icp:} section: criteria, disqualifiers, tiers, minimum score, override field. */
final class IcpReader {

    private final ErrorCollector errors;
    private final YamlValues values;
    private final ConditionReader conditions;
    private final RuleCompiler<Account> rules;
    private final Map<String, Node> ids = new HashMap<>();

    IcpReader(ErrorCollector errors, YamlValues values, ConditionReader conditions, RuleCompiler<Account> rules) {
        this.errors = errors;
        this.values = values;
        this.conditions = conditions;
        this.rules = rules;
    }

    /** The ICP definition, or null when it is unusable. */
    IcpDefinition read(Node node) {
        Optional<YamlMap> map = YamlMap.of(node, "icp", errors);
        if (map.isEmpty()) {
            return null;
        }
        YamlMap m = map.get();
        m.allowOnly(List.of("minScore", "tierOverrideField", "criteria", "disqualifiers", "tiers"));
        Node minNode = m.required("minScore", "add minScore: the fit score from which an account is in the ICP, e.g. 60");
        Integer minScore = minNode == null ? null : values.integer(minNode, "icp.minScore", 0, 100).orElse(null);
        String override = m.has("tierOverrideField") ? overrideField(m.get("tierOverrideField")) : null;
        List<Criterion> criteria = criteria(m.required("criteria", "add criteria: a list of { id, label, weight, when }"));
        List<Disqualifier> disqualifiers = m.has("disqualifiers") ? disqualifiers(m.get("disqualifiers")) : List.of();
        List<Tier> tiers = m.has("tiers") ? tiers(m.get("tiers")) : List.of();
        if (minScore == null) {
            return null;
        }
        return new IcpDefinition(minScore, override, criteria, disqualifiers, tiers);
    }

    private String overrideField(Node node) {
        Optional<String> field = values.text(node, "tierOverrideField");
        if (field.isPresent() && SubjectFields.ACCOUNT.find(field.get()).isEmpty()) {
            errors.at(node, "unknown account field '" + field.get() + "' as tierOverrideField",
                    "name a field that holds the tier, usually custom.<name> such as custom.abmTierOverride");
            return null;
        }
        return field.orElse(null);
    }

    private List<Criterion> criteria(Node node) {
        List<Criterion> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        Optional<List<Node>> items = values.list(node, "criteria");
        if (items.isPresent() && items.get().isEmpty()) {
            errors.at(node, "the ICP has no criteria", "add at least one criterion with a positive weight");
        }
        for (Node c : items.orElse(List.of())) {
            Optional<YamlMap> cm = YamlMap.of(c, "a criterion", errors);
            if (cm.isEmpty()) {
                continue;
            }
            YamlMap m = cm.get();
            m.allowOnly(List.of("id", "label", "weight", "when"));
            Optional<String> id = id(m, "criterion");
            String label = m.has("label") ? values.text(m.get("label"), "label").orElse(null) : null;
            Node weightNode = m.required("weight", "add weight: how much this criterion adds to the fit (may be negative)");
            Optional<Integer> weight = weightNode == null ? Optional.empty()
                    : values.integer(weightNode, "weight", -1_000_000, 1_000_000);
            Node whenNode = m.required("when", "add when: the condition that matches this criterion");
            Optional<Condition> when = whenNode == null ? Optional.empty()
                    : conditions.read(whenNode, "criterion " + id.orElse("?"), rules);
            if (id.isPresent() && weight.isPresent() && when.isPresent()) {
                out.add(new Criterion(id.get(), label == null ? id.get() : label, weight.get(), when.get()));
            }
        }
        if (items.isPresent() && !items.get().isEmpty() && out.size() == items.get().size()
                && out.stream().noneMatch(c -> c.weight() > 0)) {
            errors.at(node, "no criterion has a positive weight, so no account could score above 0",
                    "give at least one criterion a weight above 0");
        }
        return out;
    }

    private List<Disqualifier> disqualifiers(Node node) {
        List<Disqualifier> out = new ArrayList<>();
        for (Node d : values.list(node, "disqualifiers").orElse(List.of())) {
            Optional<YamlMap> dm = YamlMap.of(d, "a disqualifier", errors);
            if (dm.isEmpty()) {
                continue;
            }
            YamlMap m = dm.get();
            m.allowOnly(List.of("id", "label", "when"));
            Optional<String> id = id(m, "disqualifier");
            String label = m.has("label") ? values.text(m.get("label"), "label").orElse(null) : null;
            Node whenNode = m.required("when", "add when: the condition that disqualifies an account");
            Optional<Condition> when = whenNode == null ? Optional.empty()
                    : conditions.read(whenNode, "disqualifier " + id.orElse("?"), rules);
            if (id.isPresent() && when.isPresent()) {
                out.add(new Disqualifier(id.get(), label == null ? id.get() : label, when.get()));
            }
        }
        return out;
    }

    private Optional<String> id(YamlMap m, String what) {
        Node idNode = m.required("id", "give the " + what + " a short unique id, for example id: industry");
        Optional<String> id = idNode == null ? Optional.empty() : values.text(idNode, "id");
        if (id.isPresent()) {
            Node first = ids.putIfAbsent(id.get(), idNode);
            if (first != null) {
                errors.at(idNode, "the id '" + id.get() + "' is used twice (first on line "
                        + ErrorCollector.position(first).line() + ")",
                        "give each criterion and disqualifier its own id");
            }
        }
        return id;
    }

    private List<Tier> tiers(Node node) {
        List<Tier> out = new ArrayList<>();
        Map<String, Node> names = new HashMap<>();
        for (Node t : values.list(node, "tiers").orElse(List.of())) {
            Optional<YamlMap> tm = YamlMap.of(t, "a tier", errors);
            if (tm.isEmpty()) {
                continue;
            }
            YamlMap m = tm.get();
            m.allowOnly(List.of("name", "minScore"));
            Node nameNode = m.required("name", "name the tier, for example name: Tier 1");
            Optional<String> name = nameNode == null ? Optional.empty() : values.text(nameNode, "tier name");
            Node minNode = m.required("minScore", "add minScore: the lowest fit score of this tier");
            Optional<Integer> min = minNode == null ? Optional.empty() : values.integer(minNode, "tier minScore", 0, 100);
            if (name.isPresent() && names.putIfAbsent(name.get(), nameNode) != null) {
                errors.at(nameNode, "the tier '" + name.get() + "' is listed twice", "give each tier its own name");
            }
            if (min.isPresent() && !out.isEmpty() && min.get() >= out.get(out.size() - 1).minScore()) {
                Tier previous = out.get(out.size() - 1);
                errors.at(minNode, "tiers must be in descending order of minScore: " + name.orElse("this tier") + " ("
                        + min.get() + ") comes after " + previous.name() + " (" + previous.minScore() + ")",
                        "list the highest tier first, each with a lower minScore than the one before");
            }
            if (name.isPresent() && min.isPresent()) {
                out.add(new Tier(name.get(), min.get()));
            }
        }
        return out;
    }
}
