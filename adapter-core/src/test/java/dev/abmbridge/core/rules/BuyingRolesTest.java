package dev.abmbridge.core.rules;

import dev.abmbridge.core.model.ClassifiedContact;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.testing.Playbooks;
import dev.abmbridge.core.title.JobFunction;
import dev.abmbridge.core.title.Seniority;
import dev.abmbridge.core.title.TitleParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BuyingRolesTest {

    private static Playbook playbook(boolean trust) {
        return Playbooks.parse("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: size, weight: 10, when: { field: employees, atLeast: 200 } }
                buyingRoles:
                  trustSourceFields: %s
                  rules:
                    - role: Economic Buyer
                      when: { field: title, matches: 'procurement|purchasing|einkauf' }
                    - role: Decision Maker
                      when:
                        allOf:
                          - { field: seniority, in: [C_LEVEL, VP] }
                          - { field: function, in: [EXECUTIVE, IT, ENGINEERING] }
                    - role: Champion
                      when:
                        allOf:
                          - { field: seniority, in: [DIRECTOR, MANAGER] }
                          - { field: function, in: [MARKETING, SALES] }
                    - role: Technical Evaluator
                      when: { field: function, in: [IT, ENGINEERING, DATA] }
                    - role: End User
                  committee: [Decision Maker, Economic Buyer, Champion, Technical Evaluator]
                """.formatted(trust));
    }

    private static Contact contact(String id, String title) {
        return new Contact(id, "test", "A1", id + "@acme.com", null, null, title, null, null, null, null);
    }

    private final BuyingRoleClassifier classifier = new BuyingRoleClassifier(playbook(false).buyingRoles(),
            new TitleParser());

    @Test
    void theFirstRuleThatHoldsGivesTheRole() {
        assertThat(classifier.classify(contact("1", "Chief Technology Officer")).role()).isEqualTo("Decision Maker");
        assertThat(classifier.classify(contact("2", "Director of Marketing")).role()).isEqualTo("Champion");
        assertThat(classifier.classify(contact("3", "Senior Software Engineer")).role()).isEqualTo("Technical Evaluator");
        assertThat(classifier.classify(contact("4", "Office Assistant")).role()).isEqualTo("End User");
    }

    @Test
    void aTitlePatternRulePlacedFirstOverridesTheOthers() {
        // A VP would be a Decision Maker by seniority, but the title pattern is written first.
        assertThat(classifier.classify(contact("1", "VP Procurement")).role()).isEqualTo("Economic Buyer");
        assertThat(classifier.classify(contact("2", "Leiter Einkauf")).role()).isEqualTo("Economic Buyer");
    }

    @Test
    void seniorityAndFunctionComeFromTheTitle() {
        ClassifiedContact c = classifier.classify(contact("1", "VP Engineering"));
        assertThat(c.seniority()).isEqualTo(Seniority.VP);
        assertThat(c.function()).isEqualTo(JobFunction.ENGINEERING);
    }

    @Test
    void sourceFieldsAreTrustedOnlyWhenThePlaybookSaysSo() {
        Contact c = new Contact("1", "salesforce", "A1", "x@acme.com", null, null, "Consultant", null,
                "Director", "Marketing", null);
        assertThat(classifier.classify(c).role()).isEqualTo("End User");
        BuyingRoleClassifier trusting = new BuyingRoleClassifier(playbook(true).buyingRoles(), new TitleParser());
        ClassifiedContact t = trusting.classify(c);
        assertThat(t.seniority()).isEqualTo(Seniority.DIRECTOR);
        assertThat(t.function()).isEqualTo(JobFunction.MARKETING);
        assertThat(t.role()).isEqualTo("Champion");
    }

    @Test
    void unrecognisedSourceValuesFallBackToTheTitle() {
        Contact c = new Contact("1", "salesforce", "A1", "x@acme.com", null, null, "CTO", null,
                "Grand Poobah", null, null);
        BuyingRoleClassifier trusting = new BuyingRoleClassifier(playbook(true).buyingRoles(), new TitleParser());
        assertThat(trusting.classify(c).seniority()).isEqualTo(Seniority.C_LEVEL);
    }

    @Test
    void withoutADefaultRuleAContactCanHaveNoRole() {
        Playbook p = Playbooks.parse("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: size, weight: 10, when: { field: employees, atLeast: 200 } }
                buyingRoles:
                  rules:
                    - { role: Champion, when: { field: function, equals: MARKETING } }
                """);
        var c = new BuyingRoleClassifier(p.buyingRoles(), new TitleParser()).classify(contact("1", "Accountant"));
        assertThat(c.role()).isNull();
    }

    @Test
    void coverageCountsDistinctRequiredRolesRoundedHalfUp() {
        CommitteeCoverage coverage = new CommitteeCoverage(playbook(false).buyingRoles().committee());
        assertThat(coverage.of(List.of("Champion", "Champion", "End User")))
                .isEqualTo(new Coverage(25, List.of("Decision Maker", "Economic Buyer", "Technical Evaluator")));
        assertThat(coverage.of(List.of("Technical Evaluator", "Decision Maker", "Economic Buyer", "Champion")))
                .isEqualTo(new Coverage(100, List.of()));
        assertThat(coverage.of(List.of())).isEqualTo(new Coverage(0,
                List.of("Decision Maker", "Economic Buyer", "Champion", "Technical Evaluator")));
        CommitteeCoverage ofThree = new CommitteeCoverage(List.of("A", "B", "C"));
        assertThat(ofThree.of(List.of("A")).percent()).isEqualTo(33);
        assertThat(ofThree.of(List.of("A", "B")).percent()).isEqualTo(67);
        assertThat(new CommitteeCoverage(List.of("A", "B", "C", "D", "E", "F", "G", "H")).of(List.of("A")).percent())
                .isEqualTo(13); // 12.5 rounds half up
    }

    @Test
    void noCommitteeMeansNoCoverage() {
        assertThat(new CommitteeCoverage(List.of()).of(List.of("A"))).isEqualTo(Coverage.NO_COMMITTEE);
    }
}
