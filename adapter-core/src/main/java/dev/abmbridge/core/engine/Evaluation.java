package dev.abmbridge.core.engine;

import java.util.List;

/**
 * What the playbook says about one chunk of unified accounts.
 *
 * @param tiers  the new tier of each unified account evaluated (null for none), for the report
 */
record Evaluation(List<Desired> records, List<DesiredMember> members, int accounts, int duplicates,
                  int contactsWithoutEmail) {
}
