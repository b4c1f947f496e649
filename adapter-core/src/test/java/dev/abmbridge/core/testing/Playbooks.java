package dev.abmbridge.core.testing;

import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;

/** Playbooks for tests, written inline as YAML. */
public final class Playbooks {
    private Playbooks() {
    }

    public static Playbook parse(String yaml) {
        return new PlaybookLoader().parse("test.yml", yaml);
    }

    /** A playbook with the given criteria block (indented under icp:) and standard tiers. */
    public static Playbook withCriteria(String criteria) {
        return parse("""
                version: 1
                name: test
                icp:
                  minScore: 60
                  criteria:
                """ + criteria.indent(4) + """
                  tiers:
                    - { name: Tier 1, minScore: 80 }
                    - { name: Tier 2, minScore: 60 }
                    - { name: Tier 3, minScore: 40 }
                """);
    }
}
