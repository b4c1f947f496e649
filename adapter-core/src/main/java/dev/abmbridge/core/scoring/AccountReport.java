package dev.abmbridge.core.scoring;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.ClassifiedContact;
import dev.abmbridge.core.rules.AccountInsight;
import dev.abmbridge.core.rules.AudienceMembership;
import dev.abmbridge.core.rules.Coverage;

import java.util.List;

/**
 * Everything the playbook says about one account, for {@code explain}.
 *
 * @param contacts     the account's contacts: by accountId, or matched by e-mail domain
 * @param summary      the one-line "why" written to CRM fields
 * @param explanation  the full explanation, criterion by criterion
 */
public record AccountReport(Account account, AccountInsight insight, String summary, String explanation,
                            List<ClassifiedContact> contacts, Coverage coverage, List<AudienceMembership> audiences) {

    public AccountReport {
        contacts = List.copyOf(contacts);
        audiences = List.copyOf(audiences);
    }
}
