package dev.abmbridge.core.rules;

import dev.abmbridge.core.model.ClassifiedContact;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.model.Region;
import dev.abmbridge.core.model.ScoredAccount;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.testing.Playbooks;
import dev.abmbridge.core.title.JobFunction;
import dev.abmbridge.core.title.Seniority;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.abmbridge.core.testing.TestAccounts.account;
import static org.assertj.core.api.Assertions.assertThat;

class AudienceSegmenterTest {

    private static final Playbook PLAYBOOK = Playbooks.parse("""
            version: 1
            icp:
              minScore: 60
              criteria:
                - { id: size, weight: 10, when: { field: employees, atLeast: 200 } }
              tiers:
                - { name: Tier 1, minScore: 80 }
            buyingRoles:
              rules:
                - { role: Champion, when: { field: function, equals: MARKETING } }
                - role: End User
            audiences:
              - id: tier1-na
                name: Tier 1 NA
                accounts:
                  allOf:
                    - { field: tier, equals: Tier 1 }
                    - { field: region, equals: NA }
                contacts: { field: role, in: [Champion] }
                destinations: [linkedin]
              - id: icp-low-coverage
                name: ICP with gaps
                accounts:
                  allOf:
                    - { field: isIcp, equals: true }
                    - { field: coverage, lessThan: 50 }
                destinations: [linkedin]
              - id: engaged
                name: Engaged
                accounts: { field: engagement, atLeast: 50 }
                destinations: [linkedin]
            """);

    private final AudienceSegmenter segmenter = new AudienceSegmenter(PLAYBOOK.audiences());

    private static ClassifiedContact contact(String id, String role) {
        return new ClassifiedContact(new Contact(id, "t", "A1", id + "@a.com", null, null, null, null, null, null, null),
                Seniority.MANAGER, JobFunction.MARKETING, role);
    }

    @Test
    void accountAndContactFiltersSelectMembers() {
        ScoredAccount a = new ScoredAccount(account().country("US", Region.NA).build(), 90, "Tier 1", true, 25);
        List<AudienceMembership> m = segmenter.memberships(a, List.of(contact("c1", "Champion"), contact("c2", "End User")));
        assertThat(m).extracting(x -> x.audience().id()).containsExactly("tier1-na", "icp-low-coverage");
        assertThat(m.get(0).contacts()).extracting(c -> c.contact().id()).containsExactly("c1");
        assertThat(m.get(1).contacts()).isEmpty();
    }

    @Test
    void unknownIsNotMembership() {
        // region missing: tier1-na is unknown, so not a member; engagement missing likewise
        ScoredAccount a = new ScoredAccount(account().build(), 90, "Tier 1", true, null);
        assertThat(segmenter.memberships(a, List.of())).isEmpty();
    }

    @Test
    void engagementFeedsAudiences() {
        ScoredAccount a = new ScoredAccount(account().engagement("72.5").build(), 10, null, false, 100);
        assertThat(segmenter.memberships(a, List.of())).extracting(x -> x.audience().id()).containsExactly("engaged");
    }
}
