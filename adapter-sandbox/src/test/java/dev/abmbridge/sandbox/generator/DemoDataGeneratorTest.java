package dev.abmbridge.sandbox.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

    private final DemoDataSet data = DemoDataGenerator.generate(DemoDataSpec.of(2_000, 5_000, 7L));

    @Test
    void sameSeedGivesSameData() {
        DemoDataSet again = DemoDataGenerator.generate(DemoDataSpec.of(2_000, 5_000, 7L));
        assertThat(again).isEqualTo(data);
    }

    @Test
    void otherSeedGivesOtherData() {
        DemoDataSet other = DemoDataGenerator.generate(DemoDataSpec.of(2_000, 5_000, 8L));
        assertThat(other.companies()).isNotEqualTo(data.companies());
    }

    @Test
    void generatesRequestedCounts() {
        assertThat(data.companies()).hasSize(2_000);
        assertThat(data.contacts()).hasSize(5_000);
        assertThat(data.contacts()).allMatch(c -> c.companyIndex() >= 0 && c.companyIndex() < 2_000);
    }

    @Test
    void aConfiguredShareOfCompaniesIsInBothCrms() {
        double shared = (double) data.sharedCompanies() / data.companies().size();
        assertThat(shared).isBetween(0.25, 0.35);
        assertThat(data.companies()).allMatch(c -> c.inSalesforce() || c.inHubSpot());
        assertThat(data.salesforceCompanies()).isGreaterThan(data.sharedCompanies());
        assertThat(data.hubSpotCompanies()).isGreaterThan(data.sharedCompanies());
    }

    @Test
    void domainsAreUnique() {
        Set<String> domains = data.companies().stream().map(DemoCompany::domain).collect(Collectors.toSet());
        assertThat(domains).hasSize(data.companies().size());
        assertThat(domains).allMatch(d -> d.matches("[a-z0-9-]+\\.[a-z.]+"));
    }

    @Test
    void employeeCountsAreLognormalAndSometimesMissing() {
        int[] employees = data.companies().stream().map(DemoCompany::employees).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sorted().toArray();
        int median = employees[employees.length / 2];
        assertThat(median).isBetween(60, 250);
        assertThat(employees[employees.length - 1]).isGreaterThan(10 * median);
        assertThat(Arrays.stream(employees).min().orElseThrow()).isGreaterThanOrEqualTo(1);
        assertThat(employees.length).isLessThan(data.companies().size());
    }

    @Test
    void industriesComeInEachSystemsVocabulary() {
        Set<String> salesforce = data.companies().stream().map(DemoCompany::industry).filter(Objects::nonNull)
                .map(Industry::salesforceValue).collect(Collectors.toSet());
        Set<String> hubSpot = data.companies().stream().map(DemoCompany::industry).filter(Objects::nonNull)
                .map(Industry::hubSpotValue).collect(Collectors.toSet());
        assertThat(salesforce).contains("Technology", "Banking").noneMatch(v -> v.contains("_"));
        assertThat(hubSpot).contains("COMPUTER_SOFTWARE").allMatch(v -> v.matches("[A-Z_]+"));
        assertThat(data.companies()).anyMatch(c -> c.industry() == null);
    }

    @Test
    void valuesAreMessyLikeRealCrms() {
        Set<String> countrySpellings = data.companies().stream().filter(c -> c.country().isoCode().equals("US"))
                .map(DemoCompany::countryText).filter(Objects::nonNull).collect(Collectors.toSet());
        assertThat(countrySpellings).contains("United States").hasSizeGreaterThan(1);
        assertThat(data.companies()).anyMatch(c -> c.website() == null);
        assertThat(data.companies()).anyMatch(c -> c.website() != null && c.website().startsWith("www."));
        assertThat(data.contacts()).anyMatch(c -> c.email() == null);
        assertThat(data.contacts()).anyMatch(c -> c.email() != null && c.email().equals(c.email().toUpperCase()));
        assertThat(data.contacts()).anyMatch(c -> c.email() != null && c.email().endsWith("@gmail.com"));
    }

    @Test
    void titlesAreMultilingual() {
        Set<String> languages = new HashSet<>();
        data.contacts().stream().filter(c -> c.title() != null).forEach(c -> languages.add(c.language()));
        assertThat(languages).contains("en", "de", "fr", "ja");
        assertThat(data.contacts()).anyMatch(c -> "Geschäftsführer".equals(c.title()) || "Leiter Marketing".equals(c.title()));
    }
}
