package dev.abmbridge.salesforce.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.sobject.SObject;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.model.Region;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Salesforce rows (as the partner API gives them: text values) to the canonical model. */
class SalesforceMappersTest {

    private static SObject row(String type, String id, Map<String, Object> fields) {
        SObject r = new SObject(type);
        r.setId(id);
        fields.forEach(r::setField);
        return r;
    }

    @Test
    void anAccountRowIsNormalizedAndAnUnreadableWebsiteIsDroppedNotTheAccount() {
        SObject r = row("Account", "001000000000001AAA", Map.of("Name", " Acme ", "Website", "https://www.acme.com/about",
                "Industry", "Software", "NumberOfEmployees", 1200, "AnnualRevenue", "50000000", "BillingCountry", "United States",
                "BillingCity", "Austin", "Tier__c", "Gold"));

        Account a = SalesforceAccountMapper.toAccount(r, List.of("Tier__c"));

        assertThat(a.id()).isEqualTo("001000000000001AAA");
        assertThat(a.source()).isEqualTo("salesforce");
        assertThat(a.name()).isEqualTo("Acme");
        assertThat(a.domain()).isEqualTo("acme.com");
        assertThat(a.employees()).isEqualTo(1200L);
        assertThat(a.annualRevenue()).isEqualByComparingTo("50000000");
        assertThat(a.country()).isEqualTo("US");
        assertThat(a.region()).isEqualTo(Region.NA);
        assertThat(a.city()).isEqualTo("Austin");
        assertThat(a.custom()).containsEntry("Tier__c", "Gold");

        Account bad = SalesforceAccountMapper.toAccount(row("Account", "001000000000002AAA",
                Map.of("Name", "NoSite", "Website", "not a website")), List.of());
        assertThat(bad.domain()).isNull();
        assertThat(bad.name()).isEqualTo("NoSite");
    }

    @Test
    void currencyAndNumberValuesInTheDoubleNotationOfTheSoapApiAreRead() {
        // The partner API writes xsd:double values as Java does: 5.0E7 for fifty million.
        SObject r = row("Account", "001000000000002AAA", Map.of("Name", "Big", "AnnualRevenue", "5.0E7",
                "NumberOfEmployees", "1200"));

        var account = SalesforceAccountMapper.toAccount(r, java.util.List.of());

        assertThat(account.annualRevenue()).isEqualByComparingTo("50000000");
        assertThat(account.employees()).isEqualTo(1200L);
        assertThat(SalesforceAccountMapper.toAccount(row("Account", "001000000000003AAA",
                Map.of("Name", "Large", "AnnualRevenue", "1.2345678E10")), java.util.List.of()).annualRevenue())
                .isEqualByComparingTo("12345678000");
    }

    @Test
    void aContactRowKeepsItsDepartmentAndAnUnreadableEmailIsDroppedNotTheContact() {
        SObject r = row("Contact", "003000000000001AAA", Map.of("AccountId", "001000000000001AAA", "Email", " Ann@Acme.COM ",
                "FirstName", "Ann", "LastName", "Lee", "Title", "VP Marketing", "MailingCountry", "Germany",
                "Department", "Marketing"));

        Contact c = SalesforceContactMapper.toContact(r, List.of());

        assertThat(c).isEqualTo(new Contact("003000000000001AAA", "salesforce", "001000000000001AAA", "ann@acme.com", "Ann",
                "Lee", "VP Marketing", "DE", null, "Marketing", Map.of()));

        Contact bad = SalesforceContactMapper.toContact(row("Contact", "003000000000002AAA",
                Map.of("LastName", "Doe", "Email", "doe at nowhere")), List.of());
        assertThat(bad.email()).isNull();
        assertThat(bad.sourceDepartment()).isNull();
        assertThat(bad.lastName()).isEqualTo("Doe");
    }
}
