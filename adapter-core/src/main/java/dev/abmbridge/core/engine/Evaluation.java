package dev.abmbridge.core.engine;

import dev.abmbridge.core.lookup.AccountCard;
import java.util.List;
import java.util.Map;

/**
 * What the playbook says about one chunk of unified accounts.
 *
 * @param cards  per unify key, the look-up card of its (primary) unified account; a key without one (no account
 *               record, or no domain) is absent
 */
record Evaluation(List<Desired> records, List<DesiredMember> members, int accounts, int duplicates,
                  int contactsWithoutEmail, Map<String, AccountCard> cards) {
}
