package dev.abmbridge.core.condition;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.ClassifiedContact;
import dev.abmbridge.core.model.Region;
import dev.abmbridge.core.model.ScoredAccount;
import dev.abmbridge.core.title.JobFunction;
import dev.abmbridge.core.title.Seniority;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The field catalogs of PLAYBOOK.md: what ICP criteria, buying-role rules and audience filters may test.
 */
public final class SubjectFields {

    /** ICP criteria and disqualifiers: the canonical account fields. */
    public static final FieldCatalog<Account> ACCOUNT =
            FieldCatalog.of("account", accountFields(Function.identity()), Account::custom);

    /** Audience account filters: account fields plus the insight. */
    public static final FieldCatalog<ScoredAccount> SCORED_ACCOUNT = scoredAccount();

    /** Buying-role rules: the contact and its parsed title; the role is what they decide. */
    public static final FieldCatalog<ClassifiedContact> CONTACT =
            FieldCatalog.of("contact", contactFields(false), c -> c.contact().custom());

    /** Audience contact filters: the contact with its role. */
    public static final FieldCatalog<ClassifiedContact> CLASSIFIED_CONTACT =
            FieldCatalog.of("contact", contactFields(true), c -> c.contact().custom());

    private SubjectFields() {
    }

    private static <T> List<FieldDef<T>> accountFields(Function<T, Account> account) {
        List<FieldDef<T>> f = new ArrayList<>();
        f.add(FieldDef.of("name", FieldType.TEXT, t -> account.apply(t).name()));
        f.add(FieldDef.of("domain", FieldType.TEXT, t -> account.apply(t).domain()));
        f.add(FieldDef.of("industry", FieldType.TEXT, t -> account.apply(t).industry()));
        f.add(FieldDef.of("employees", FieldType.INTEGER, t -> account.apply(t).employees()));
        f.add(FieldDef.of("annualRevenue", FieldType.DECIMAL, t -> account.apply(t).annualRevenue()));
        f.add(FieldDef.of("country", FieldType.TEXT, t -> account.apply(t).country()));
        f.add(new FieldDef<>("region", FieldType.TEXT, t -> {
            Region r = account.apply(t).region();
            return r == null ? null : r.name();
        }, names(Region.values())));
        f.add(FieldDef.of("state", FieldType.TEXT, t -> account.apply(t).state()));
        f.add(FieldDef.of("city", FieldType.TEXT, t -> account.apply(t).city()));
        f.add(FieldDef.of("type", FieldType.TEXT, t -> account.apply(t).type()));
        f.add(FieldDef.of("technologies", FieldType.TEXT_LIST, t -> account.apply(t).technologies()));
        f.add(FieldDef.of("engagement", FieldType.DECIMAL, t -> account.apply(t).engagement()));
        return f;
    }

    private static FieldCatalog<ScoredAccount> scoredAccount() {
        List<FieldDef<ScoredAccount>> f = accountFields(ScoredAccount::account);
        f.add(FieldDef.of("tier", FieldType.TEXT, ScoredAccount::tier));
        f.add(FieldDef.of("isIcp", FieldType.BOOLEAN, ScoredAccount::isIcp));
        f.add(FieldDef.of("fitScore", FieldType.INTEGER, s -> (long) s.fitScore()));
        f.add(FieldDef.of("coverage", FieldType.INTEGER, s -> s.coverage() == null ? null : (long) s.coverage()));
        return FieldCatalog.of("account", f, s -> s.account().custom());
    }

    private static List<FieldDef<ClassifiedContact>> contactFields(boolean withRole) {
        List<FieldDef<ClassifiedContact>> f = new ArrayList<>();
        f.add(FieldDef.of("title", FieldType.TEXT, c -> c.contact().title()));
        f.add(new FieldDef<>("seniority", FieldType.TEXT,
                c -> c.seniority() == null ? null : c.seniority().name(), names(Seniority.values())));
        f.add(new FieldDef<>("function", FieldType.TEXT,
                c -> c.function() == null ? null : c.function().name(), names(JobFunction.values())));
        if (withRole) {
            f.add(FieldDef.of("role", FieldType.TEXT, ClassifiedContact::role));
        }
        f.add(FieldDef.of("email", FieldType.TEXT, c -> c.contact().email()));
        f.add(FieldDef.of("country", FieldType.TEXT, c -> c.contact().country()));
        f.add(FieldDef.of("firstName", FieldType.TEXT, c -> c.contact().firstName()));
        f.add(FieldDef.of("lastName", FieldType.TEXT, c -> c.contact().lastName()));
        return f;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
