package dev.abmbridge.core.lookup;

import java.util.List;
import java.util.Objects;

/**
 * What the account look-up API may tell a website or a chat tool about one unified account: firmographic verdicts
 * only, never a contact's data (issue 9).
 *
 * @param domain       the registrable domain the account is found by
 * @param coverage     committee coverage in percent, null when the playbook has no committee
 * @param missingRoles the committee roles no contact of the account holds, in the playbook's order
 * @param audiences    ids of the playbook audiences the account is a member of
 */
public record AccountCard(String domain, String name, String tier, boolean icp, int fitScore, Integer coverage,
                          List<String> missingRoles, List<String> audiences) {

    public AccountCard {
        Objects.requireNonNull(domain, "domain");
        missingRoles = List.copyOf(missingRoles);
        audiences = List.copyOf(audiences);
    }
}
