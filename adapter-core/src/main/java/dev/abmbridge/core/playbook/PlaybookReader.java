package dev.abmbridge.core.playbook;

import dev.abmbridge.core.condition.Condition;
import dev.abmbridge.core.condition.RuleCompilers;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Walks the YAML tree of a playbook into its model, reporting every problem to the collector. */
final class PlaybookReader {


    private static final java.util.regex.Pattern DESTINATION_NAME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final ErrorCollector errors;
    private final YamlValues values;
    private final ConditionReader conditions;

    PlaybookReader(ErrorCollector errors) {
        this.errors = errors;
        this.values = new YamlValues(errors);
        this.conditions = new ConditionReader(errors);
    }

    /** The playbook, or null when a required part is unusable (the problems are in the collector). */
    Playbook read(Node root) {
        Optional<YamlMap> top = YamlMap.of(root, "the playbook", errors);
        if (top.isEmpty()) {
            return null;
        }
        YamlMap m = top.get();
        m.allowOnly(List.of("version", "name", "icp", "buyingRoles", "audiences"));
        Node versionNode = m.required("version", "start the file with version: 1");
        Integer version = versionNode == null ? null : values.integer(versionNode, "version", 0, 1000).orElse(null);
        if (version != null && version != 1) {
            errors.at(versionNode, "playbook version " + version + " is not supported", "this ABM Bridge reads version: 1");
        }
        String name = m.has("name") ? values.text(m.get("name"), "name").orElse("") : "";
        Node icpNode = m.required("icp", "add an icp: section with minScore, criteria and tiers");
        IcpDefinition icp = icpNode == null ? null : new IcpReader(errors, values, conditions, RuleCompilers.ICP).read(icpNode);
        BuyingRoles roles = m.has("buyingRoles") ? buyingRoles(m.get("buyingRoles")) : BuyingRoles.NONE;
        List<Audience> audiences = m.has("audiences") ? audiences(m.get("audiences")) : List.of();
        if (icp == null || version == null || !errors.isEmpty()) {
            return null;
        }
        Playbook draft = new Playbook(version, name, icp, roles, audiences, "");
        return new Playbook(version, name, icp, roles, audiences, PlaybookCanonicalForm.hash(draft));
    }

    private BuyingRoles buyingRoles(Node node) {
        Optional<YamlMap> map = YamlMap.of(node, "buyingRoles", errors);
        if (map.isEmpty()) {
            return BuyingRoles.NONE;
        }
        YamlMap m = map.get();
        m.allowOnly(List.of("trustSourceFields", "rules", "committee"));
        boolean trust = m.has("trustSourceFields")
                && values.bool(m.get("trustSourceFields"), "trustSourceFields").orElse(false);
        List<RoleRule> rules = new ArrayList<>();
        List<String> reachable = new ArrayList<>();
        Node defaultRule = null;
        Node rulesNode = m.required("rules", "add rules: a list of { role: R, when: condition }");
        for (Node r : rulesNode == null ? List.<Node>of() : values.list(rulesNode, "rules").orElse(List.of())) {
            Optional<YamlMap> rm = YamlMap.of(r, "a buying-role rule", errors);
            if (rm.isEmpty()) {
                continue;
            }
            rm.get().allowOnly(List.of("role", "when"));
            Node roleNode = rm.get().required("role", "name the role this rule gives, for example role: Champion");
            Optional<String> role = roleNode == null ? Optional.empty() : values.text(roleNode, "role");
            boolean conditional = rm.get().has("when");
            Optional<Condition> when = conditional
                    ? conditions.read(rm.get().get("when"), "the rule for " + role.orElse("a role"), RuleCompilers.BUYING_ROLES)
                    : Optional.empty();
            if (defaultRule != null) {
                errors.at(r, "this rule can never apply: the rule without a condition on line "
                        + ErrorCollector.position(defaultRule).line() + " already gives every remaining contact a role",
                        "move the rule without 'when' to the end of the list");
            } else {
                role.ifPresent(reachable::add);
                if (!conditional) {
                    defaultRule = r;
                }
            }
            if (role.isPresent() && (!conditional || when.isPresent())) {
                rules.add(new RoleRule(role.get(), when.orElse(null)));
            }
        }
        List<String> committee = new ArrayList<>();
        if (m.has("committee")) {
            for (Node c : values.list(m.get("committee"), "committee").orElse(List.of())) {
                values.text(c, "a committee role").ifPresent(role -> {
                    if (committee.contains(role)) {
                        errors.at(c, "'" + role + "' is listed twice in the committee", "remove one of them");
                    } else if (!reachable.contains(role)) {
                        errors.at(c, "no buying-role rule can give '" + role + "', so coverage could never reach 100%",
                                reachable.isEmpty() ? "add a rule with role: " + role
                                        : "use one of " + String.join(", ", reachable) + ", or add a rule with role: " + role);
                    } else {
                        committee.add(role);
                    }
                });
            }
        }
        return new BuyingRoles(trust, rules, committee);
    }

    private List<Audience> audiences(Node node) {
        List<Audience> out = new ArrayList<>();
        Map<String, Node> ids = new HashMap<>();
        for (Node a : values.list(node, "audiences").orElse(List.of())) {
            Optional<YamlMap> am = YamlMap.of(a, "an audience", errors);
            if (am.isEmpty()) {
                continue;
            }
            YamlMap m = am.get();
            m.allowOnly(List.of("id", "name", "accounts", "contacts", "destinations"));
            Node idNode = m.required("id", "give the audience a short id, for example id: tier1-na");
            Optional<String> id = idNode == null ? Optional.empty() : values.text(idNode, "id");
            id.ifPresent(i -> {
                if (ids.containsKey(i)) {
                    errors.at(idNode, "the audience id '" + i + "' is used twice (first on line "
                            + ErrorCollector.position(ids.get(i)).line() + ")", "give each audience its own id");
                } else {
                    ids.put(i, idNode);
                }
            });
            Node nameNode = m.required("name", "give the audience the name ad managers will see");
            Optional<String> name = nameNode == null ? Optional.empty() : values.text(nameNode, "name");
            String label = "audience " + id.orElse("?");
            Node accountsNode = m.required("accounts", "add accounts: a condition such as { field: tier, equals: Tier 1 }");
            Optional<Condition> accounts = accountsNode == null ? Optional.empty()
                    : conditions.read(accountsNode, "the accounts of " + label, RuleCompilers.AUDIENCE_ACCOUNTS);
            Optional<Condition> contacts = m.has("contacts")
                    ? conditions.read(m.get("contacts"), "the contacts of " + label, RuleCompilers.AUDIENCE_CONTACTS)
                    : Optional.empty();
            List<String> destinations = m.has("destinations") ? destinations(m.get("destinations")) : List.of();
            if (id.isPresent() && name.isPresent() && accounts.isPresent()) {
                out.add(new Audience(id.get(), name.get(), accounts.get(), contacts.orElse(null), destinations));
            }
        }
        return out;
    }

    /**
     * Destinations name the connections of the configuration (linkedin, hubspot, ...), which the playbook
     * does not know: here they are only checked to be names; {@code check} matches them to connections.
     */
    private List<String> destinations(Node node) {
        List<String> out = new ArrayList<>();
        for (Node d : values.list(node, "destinations").orElse(List.of())) {
            values.text(d, "a destination").ifPresent(name -> {
                if (DESTINATION_NAME.matcher(name).matches()) {
                    out.add(name);
                } else {
                    errors.at(d, "'" + name + "' is not a destination name",
                            "name a connection of your configuration, such as linkedin or hubspot");
                }
            });
        }
        return out;
    }
}
