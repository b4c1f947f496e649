package dev.abmbridge.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.model.Account;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityResolverTest {

    private static Account account(String id, String source, String domain) {
        return new Account(id, source, "Name " + id, domain, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    private final IdentityResolver resolver = new IdentityResolver(List.of(
            account("1", "file", "acme.co.uk"),
            account("2", "file", "globex.com"),
            account("3", "file", "acme.co.uk"),
            account("4", "hubspot", "acme.co.uk"),
            account("5", "file", "gmail.com"),
            account("6", "file", null),
            account("7", "file", "gmail.com"),
            account("8", "hubspot", "initech.com"),
            account("9", "hubspot", "initech.com")));

    @Test
    void matchesTheRegistrableDomainOfTheEmail() {
        assertThat(resolver.accountForEmail("jane@eu.acme.co.uk")).map(Account::id).contains("1");
        assertThat(resolver.accountForEmail(" Bob@GLOBEX.com ")).map(Account::id).contains("2");
    }

    @Test
    void firstAccountInInputOrderWinsWhenSeveralShareTheDomain() {
        assertThat(resolver.accountForEmail("x@acme.co.uk")).map(Account::id).contains("1");
        assertThat(resolver.accountForEmail("x@initech.com")).map(Account::id).contains("8");
    }

    @Test
    void neverMatchesFreeMail() {
        assertThat(resolver.accountForEmail("jane@gmail.com")).isEmpty();
        assertThat(resolver.accountForEmail("jane@yahoo.co.uk")).isEmpty();
        assertThat(resolver.accountForDomain("gmail.com")).isEmpty();
    }

    @Test
    void noMatchForUnknownOrInvalidEmails() {
        assertThat(resolver.accountForEmail("jane@unknown.com")).isEmpty();
        assertThat(resolver.accountForEmail(null)).isEmpty();
        assertThat(resolver.accountForEmail("")).isEmpty();
        assertThat(resolver.accountForEmail("acme.co.uk")).isEmpty();
        assertThat(resolver.accountForEmail("jane@")).isEmpty();
    }

    @Test
    void findsAccountsById() {
        assertThat(resolver.byId("3")).map(Account::domain).contains("acme.co.uk");
        assertThat(resolver.byId(" 3 ")).map(Account::id).contains("3");
        assertThat(resolver.byId("42")).isEmpty();
        assertThat(resolver.byId(null)).isEmpty();
    }

    @Test
    void reportsAccountsOfTheSameSourceSharingADomain() {
        assertThat(resolver.likelyDuplicates()).containsExactly(
                new DuplicateAccounts("file", "acme.co.uk", List.of("1", "3")),
                new DuplicateAccounts("hubspot", "initech.com", List.of("8", "9")));
    }

    @Test
    void handlesAMillionAccounts() {
        int n = 1_000_000;
        List<Account> accounts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            accounts.add(account("id" + i, "file", "company" + i + ".com"));
        }
        IdentityResolver big = new IdentityResolver(accounts);
        assertThat(big.accountForEmail("ceo@eu.company999999.com")).map(Account::id).contains("id999999");
        assertThat(big.byId("id500000")).isPresent();
        assertThat(big.likelyDuplicates()).isEmpty();
    }
}
