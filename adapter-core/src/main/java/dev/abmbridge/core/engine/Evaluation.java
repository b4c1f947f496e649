package dev.abmbridge.core.engine;

import dev.abmbridge.core.lookup.AccountCard;
import java.util.List;
import java.util.Map;

/**
 * What the playbook says about one chunk of unified accounts.
 *
 * @param cards  per unify key, the look-up card of its (primary) unified account; a key without one (no account
 *               record, or no domain) is absent
 * @param membersNotInSystem per {@code system/audienceId}, members left out because the destination is one of the
 *               synced systems and has no record of them (a HubSpot list holds HubSpot records only)
 */
record Evaluation(List<Desired> records, List<DesiredMember> members, int accounts, int duplicates,
                  int contactsWithoutEmail, Map<String, AccountCard> cards, Map<String, Integer> membersNotInSystem) {
}
