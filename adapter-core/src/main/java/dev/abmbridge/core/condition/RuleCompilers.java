package dev.abmbridge.core.condition;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.ClassifiedContact;
import dev.abmbridge.core.model.ScoredAccount;

/** One shared compiler per place conditions are written, so CEL is set up once per process, not per use. */
public final class RuleCompilers {

    /** ICP criteria and disqualifiers. */
    public static final RuleCompiler<Account> ICP = new RuleCompiler<>(SubjectFields.ACCOUNT);
    /** Buying-role rules. */
    public static final RuleCompiler<ClassifiedContact> BUYING_ROLES = new RuleCompiler<>(SubjectFields.CONTACT);
    /** Audience account filters. */
    public static final RuleCompiler<ScoredAccount> AUDIENCE_ACCOUNTS = new RuleCompiler<>(SubjectFields.SCORED_ACCOUNT);
    /** Audience contact filters. */
    public static final RuleCompiler<ClassifiedContact> AUDIENCE_CONTACTS =
            new RuleCompiler<>(SubjectFields.CLASSIFIED_CONTACT);

    private RuleCompilers() {
    }
}
