package dev.abmbridge.core.rules;

import dev.abmbridge.core.condition.Rule;
import dev.abmbridge.core.condition.RuleCompiler;
import dev.abmbridge.core.condition.RuleCompilers;
import dev.abmbridge.core.condition.Truth;
import dev.abmbridge.core.model.ClassifiedContact;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.playbook.BuyingRoles;
import dev.abmbridge.core.playbook.RoleRule;
import dev.abmbridge.core.title.ParsedTitle;
import dev.abmbridge.core.title.TitleParser;

import java.util.List;

/** Gives each contact its seniority, function and buying role: the first rule whose condition holds. */
public final class BuyingRoleClassifier {

    private final TitleParser titles;
    private final boolean trustSourceFields;
    private final String[] roles;
    private final Rule<ClassifiedContact>[] rules;

    @SuppressWarnings("unchecked")
    public BuyingRoleClassifier(BuyingRoles buyingRoles, TitleParser titles) {
        this.titles = titles;
        this.trustSourceFields = buyingRoles.trustSourceFields();
        RuleCompiler<ClassifiedContact> compiler = RuleCompilers.BUYING_ROLES;
        List<RoleRule> rs = buyingRoles.rules();
        roles = rs.stream().map(RoleRule::role).toArray(String[]::new);
        rules = rs.stream().map(r -> r.isDefault() ? (Rule<ClassifiedContact>) c -> Truth.TRUE
                : compiler.compileValid(r.when())).toArray(Rule[]::new);
    }

    public ClassifiedContact classify(Contact contact) {
        ParsedTitle parsed = titles.parse(contact.title());
        var seniority = parsed.seniority();
        var function = parsed.function();
        if (trustSourceFields) {
            seniority = SourceTitleFields.seniority(contact.sourceSeniority()).orElse(seniority);
            function = SourceTitleFields.function(contact.sourceDepartment()).orElse(function);
        }
        ClassifiedContact unclassified = new ClassifiedContact(contact, seniority, function, null);
        for (int i = 0; i < rules.length; i++) {
            if (rules[i].test(unclassified) == Truth.TRUE) {
                return unclassified.withRole(roles[i]);
            }
        }
        return unclassified;
    }
}
