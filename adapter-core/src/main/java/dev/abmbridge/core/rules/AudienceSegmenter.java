package dev.abmbridge.core.rules;

import dev.abmbridge.core.condition.Rule;
import dev.abmbridge.core.condition.RuleCompiler;
import dev.abmbridge.core.condition.RuleCompilers;
import dev.abmbridge.core.condition.Truth;
import dev.abmbridge.core.model.ClassifiedContact;
import dev.abmbridge.core.model.ScoredAccount;
import dev.abmbridge.core.playbook.Audience;

import java.util.ArrayList;
import java.util.List;

/** Decides which accounts, and which of their contacts, belong to each audience of the playbook. */
public final class AudienceSegmenter {

    private final List<Audience> audiences;
    private final List<Rule<ScoredAccount>> accountRules = new ArrayList<>();
    private final List<Rule<ClassifiedContact>> contactRules = new ArrayList<>();

    public AudienceSegmenter(List<Audience> audiences) {
        this.audiences = List.copyOf(audiences);
        RuleCompiler<ScoredAccount> accounts = RuleCompilers.AUDIENCE_ACCOUNTS;
        RuleCompiler<ClassifiedContact> contacts = RuleCompilers.AUDIENCE_CONTACTS;
        for (Audience a : audiences) {
            accountRules.add(accounts.compileValid(a.accounts()));
            contactRules.add(a.hasContacts() ? contacts.compileValid(a.contacts()) : null);
        }
    }

    /** The audiences an account is in, with the contacts of it that each contact audience takes. */
    public List<AudienceMembership> memberships(ScoredAccount account, List<ClassifiedContact> contacts) {
        List<AudienceMembership> out = new ArrayList<>();
        for (int i = 0; i < audiences.size(); i++) {
            if (accountRules.get(i).test(account) != Truth.TRUE) {
                continue;
            }
            Rule<ClassifiedContact> contactRule = contactRules.get(i);
            List<ClassifiedContact> members = contactRule == null ? List.of()
                    : contacts.stream().filter(c -> contactRule.test(c) == Truth.TRUE).toList();
            out.add(new AudienceMembership(audiences.get(i), members));
        }
        return out;
    }
}
