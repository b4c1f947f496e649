package dev.abmbridge.linkedin;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.core.spi.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Offline: the list-upload files, their documented columns, and deltas across runs. */
class LinkedInCsvAudienceDestinationTest {

    private static Account account(String domain, String name) {
        return new Account("a-" + domain, "crm", name, domain, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Contact contact(String email, String first, String last, String title, String country) {
        return new Contact("c-" + email, "crm", null, email, first, last, title, country, null, null, null);
    }

    @Test
    void writesCampaignManagerCompanyAndContactListsWithHashedEmails(@TempDir Path dir) throws Exception {
        LinkedInMemberDirectory details = new LinkedInMemberDirectory()
                .put(account("acme.com", "Acme, Inc."), null).put(account("globex.com", "Globex"), null)
                .put(contact("Jane@Acme.com", "Jane", "Doe", "CFO", "us"), account("acme.com", "Acme, Inc."));
        LinkedInCsvAudienceDestination csv = new LinkedInCsvAudienceDestination("linkedin", dir, details);
        String jane = LinkedInEmailHash.of("jane@acme.com");

        List<Outcome> outcomes = csv.apply("tier1", List.of(new MemberChange(MemberKind.COMPANY, "acme.com", true),
                new MemberChange(MemberKind.COMPANY, "globex.com", true), new MemberChange(MemberKind.CONTACT, jane, true)));

        assertThat(outcomes).hasSize(3).allSatisfy(o -> assertThat(o.status()).isEqualTo(Outcome.Status.OK));
        List<String> companies = Files.readAllLines(LinkedInCsvLists.companyFile(dir, "tier1"), StandardCharsets.UTF_8);
        assertThat(companies).containsExactly(
                "companyname,companywebsite,companyemaildomain,linkedincompanypageurl,stocksymbol,industry,city,state,country,zipcode",
                "\"Acme, Inc.\",acme.com,,,,,,,,",
                "Globex,globex.com,,,,,,,,");
        String contacts = Files.readString(LinkedInCsvLists.contactFile(dir, "tier1"), StandardCharsets.UTF_8);
        assertThat(contacts).startsWith("email,firstname,lastname,jobtitle,employeecompany,country,googleaid\r\n")
                .contains(jane + ",Jane,Doe,CFO,\"Acme, Inc.\",US,").doesNotContain("@");
        assertThat(csv.warnings()).extracting(LinkedInWarning::message).allMatch(m -> m.contains("300 to 300000 rows"));
    }

    @Test
    void theFilesFollowTheMembershipAcrossRuns(@TempDir Path dir) {
        LinkedInCsvAudienceDestination csv = new LinkedInCsvAudienceDestination("linkedin", dir, LinkedInMemberDetails.NONE);
        csv.apply("aud", List.of(new MemberChange(MemberKind.COMPANY, "acme.com", true),
                new MemberChange(MemberKind.COMPANY, "globex.com", true)));
        // A new instance (next run) reads the files back.
        LinkedInCsvAudienceDestination next = new LinkedInCsvAudienceDestination("linkedin", dir, LinkedInMemberDetails.NONE);
        next.apply("aud", List.of(new MemberChange(MemberKind.COMPANY, "acme.com", false),
                new MemberChange(MemberKind.COMPANY, "initech.com", true)));
        next.apply("aud", List.of(new MemberChange(MemberKind.COMPANY, "acme.com", true)));

        assertThat(next.members("aud", List.of("acme.com", "globex.com", "initech.com", "hooli.com")))
                .containsExactlyInAnyOrder("acme.com", "globex.com", "initech.com");
        assertThat(LinkedInCsvLists.read(LinkedInCsvLists.companyFile(dir, "aud"))).extracting(r -> r.get("companywebsite"))
                .containsExactly("globex.com", "initech.com", "acme.com");
        assertThat(next.apply("aud", List.of(new MemberChange(MemberKind.CONTACT, "plain@mail.com", true))))
                .singleElement().extracting(Outcome::status).isEqualTo(Outcome.Status.REJECTED);
    }
}
