package dev.abmbridge.app.bridge;

import dev.abmbridge.core.export.MailingListSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MailingListCheckTest {

    @TempDir
    Path dir;

    private static final MailingListCheck.SourceFields READS_ALL = new MailingListCheck.SourceFields(
            List.of("BillingStreet", "BillingPostalCode"),
            List.of("MailingStreet", "MailingCity", "MailingState", "MailingPostalCode", "HasOptedOutOfEmail"));

    @Test
    void aFolderToCreateAndSourcesReadingAddressesAndOptOutsAreReady() {
        MailingListCheck.Result r = new MailingListCheck(MailingListSettings.in(dir.resolve("exports/mail")),
                Map.of("crm", READS_ALL)).run();

        assertThat(r.problems()).isEmpty();
        assertThat(r.notes()).singleElement().asString().contains("exports/mail").contains("created by the first sync");
    }

    @Test
    void aSalesforceSourceWithoutStreetsOrOptOutsIsAProblemWithTheFieldsToAdd() {
        MailingListCheck.Result r = new MailingListCheck(MailingListSettings.in(dir),
                Map.of("crm", new MailingListCheck.SourceFields(List.of(), List.of("Custom__c")))).run();

        assertThat(r.problems()).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("'crm' reads no street field")
                        .contains("add MailingStreet, MailingCity, MailingState, MailingPostalCode to its contact-custom-fields")
                        .contains("BillingStreet, BillingPostalCode to its account-custom-fields"))
                .anySatisfy(p -> assertThat(p).contains("reads none of the opt-out fields HasOptedOutOfEmail, DoNotMail__c"));
        assertThat(r.notes()).singleElement().asString().contains("writes the lists to " + dir);
    }

    @Test
    void aContactStreetWithoutItsCityIsAProblemAndNoOptOutFieldsIsANote() {
        MailingListSettings noOptOuts = MailingListSettings.in(dir).withOptOutFields(List.of());
        MailingListCheck.Result r = new MailingListCheck(noOptOuts,
                Map.of("crm", new MailingListCheck.SourceFields(List.of(), List.of("mailingstreet")))).run();

        assertThat(r.problems()).singleElement().asString().contains("street but not their city").contains("MailingCity");
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("no opt-out fields"));
    }

    @Test
    void aFileWhereTheFolderShouldBeCannotBeWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        MailingListCheck.Result r = new MailingListCheck(MailingListSettings.in(file.resolve("mail")), Map.of()).run();

        assertThat(r.problems()).singleElement().asString().contains("cannot create " + file.resolve("mail"));
    }
}
