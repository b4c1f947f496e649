package dev.abmbridge.core.condition;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Region;
import dev.abmbridge.core.testing.Playbooks;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.abmbridge.core.condition.Truth.FALSE;
import static dev.abmbridge.core.condition.Truth.TRUE;
import static dev.abmbridge.core.condition.Truth.UNKNOWN;
import static dev.abmbridge.core.testing.TestAccounts.account;
import static org.assertj.core.api.Assertions.assertThat;

class AccountConditionTest {

    private static Rule<Account> rule(String when) {
        var playbook = Playbooks.withCriteria("- { id: c, weight: 1, when: " + when + " }");
        return new RuleCompiler<>(SubjectFields.ACCOUNT).compileValid(playbook.icp().criteria().get(0).when());
    }

    private static final Account EMPTY = account().build();

    @Nested
    class Text {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Computer Software       | TRUE",
                "COMPUTER_SOFTWARE       | TRUE",
                "'  computer   software '| TRUE",
                "Computer Hardware       | FALSE",
        })
        void equalsFollowsTheTextRules(String industry, Truth expected) {
            assertThat(rule("{ field: industry, equals: Computer Software }")
                    .test(account().industry(industry).build())).isEqualTo(expected);
        }

        @Test
        void ampersandReadsAsAnd() {
            assertThat(rule("{ field: industry, equals: banking and finance }")
                    .test(account().industry("Banking & Finance").build())).isEqualTo(TRUE);
        }

        @Test
        void notEqualsInAndNotIn() {
            Account a = account().industry("Financial Services").build();
            assertThat(rule("{ field: industry, notEquals: Retail }").test(a)).isEqualTo(TRUE);
            assertThat(rule("{ field: industry, in: [Retail, FINANCIAL_SERVICES] }").test(a)).isEqualTo(TRUE);
            assertThat(rule("{ field: industry, notIn: [Retail, Financial Services] }").test(a)).isEqualTo(FALSE);
        }

        @Test
        void containsIsASubstringOnText() {
            Account a = account().name("Acme Software GmbH").build();
            assertThat(rule("{ field: name, contains: software }").test(a)).isEqualTo(TRUE);
            assertThat(rule("{ field: name, contains: hardware }").test(a)).isEqualTo(FALSE);
            assertThat(rule("{ field: name, containsAny: [bank, gmbh] }").test(a)).isEqualTo(TRUE);
        }

        @Test
        void matchesSearchesAnywhereIgnoringCase() {
            Account a = account().name("Northwind University Hospital").build();
            assertThat(rule("{ field: name, matches: 'univers(ity|idad)' }").test(a)).isEqualTo(TRUE);
            assertThat(rule("{ field: name, matches: '^university' }").test(a)).isEqualTo(FALSE);
        }

        @Test
        void matchesIgnoresCaseBeyondAscii() {
            assertThat(rule("{ field: name, matches: 'école' }").test(account().name("ÉCOLE Polytechnique").build()))
                    .isEqualTo(TRUE);
            assertThat(rule("{ field: name, matches: 'STRASSE|straße' }").test(account().name("Hauptstrasse AG").build()))
                    .isEqualTo(TRUE);
            assertThat(rule("{ field: name, matches: 'univers' }").test(account().name("UNIVERSITÄT WIEN").build()))
                    .isEqualTo(TRUE);
            // Dotted capital I folds to an ASCII i only under Unicode case folding.
            assertThat(rule("{ field: city, matches: '^istanbul' }").test(account().city("İSTANBUL").build()))
                    .isEqualTo(TRUE);
        }

        @Test
        void everyOperatorButExistsIsUnknownOnAMissingValue() {
            for (String when : new String[]{"{ field: industry, equals: x }", "{ field: industry, notEquals: x }",
                    "{ field: industry, in: [x] }", "{ field: industry, notIn: [x] }",
                    "{ field: industry, contains: x }", "{ field: industry, containsAny: [x] }",
                    "{ field: industry, matches: x }", "{ field: employees, atLeast: 1 }",
                    "{ field: technologies, contains: x }"}) {
                assertThat(rule(when).test(EMPTY)).as(when).isEqualTo(UNKNOWN);
            }
        }

        @Test
        void aValueOfOnlyUnderscoresComparesAsMissing() {
            // Regression: "___" has no comparison key (underscores read as spaces) and used to throw.
            Account a = account().industry("___").technologies("___").build();
            assertThat(rule("{ field: industry, in: [Retail] }").test(a)).isEqualTo(UNKNOWN);
            assertThat(rule("{ field: industry, notIn: [Retail] }").test(a)).isEqualTo(UNKNOWN);
            assertThat(rule("{ field: industry, contains: x }").test(a)).isEqualTo(UNKNOWN);
            assertThat(rule("{ field: industry, equals: Retail }").test(a)).isEqualTo(UNKNOWN);
            assertThat(rule("{ field: technologies, contains: x }").test(a)).isEqualTo(FALSE);
        }

        @Test
        void whiteSpaceOnlyIsMissing() {
            Account a = new Account("1", "t", "   ", null, null, null, null, null, null, null, null, null,
                    null, null, null);
            assertThat(rule("{ field: name, equals: x }").test(a)).isEqualTo(UNKNOWN);
            assertThat(rule("{ field: name, exists: true }").test(a)).isEqualTo(FALSE);
        }
    }

    @Nested
    class Numbers {
        @ParameterizedTest
        @CsvSource({
                "199, FALSE", "200, TRUE", "10000, TRUE", "10001, FALSE"
        })
        void betweenIncludesBothEnds(long employees, Truth expected) {
            assertThat(rule("{ field: employees, between: [200, 10000] }")
                    .test(account().employees(employees).build())).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({
                "greaterThan, 100, FALSE", "atLeast, 100, TRUE", "lessThan, 100, FALSE", "atMost, 100, TRUE",
                "greaterThan, 99, TRUE", "lessThan, 101, TRUE", "equals, 100, TRUE", "notEquals, 100, FALSE",
        })
        void comparisons(String op, String bound, Truth expected) {
            assertThat(rule("{ field: employees, " + op + ": " + bound + " }")
                    .test(account().employees(100).build())).isEqualTo(expected);
        }

        @Test
        void decimalsCompareExactly() {
            Account a = account().revenue("50000000.01").build();
            assertThat(rule("{ field: annualRevenue, greaterThan: 50000000 }").test(a)).isEqualTo(TRUE);
            assertThat(rule("{ field: annualRevenue, atMost: 50000000.01 }").test(a)).isEqualTo(TRUE);
            assertThat(rule("{ field: employees, greaterThan: 10.5 }").test(account().employees(11).build()))
                    .isEqualTo(TRUE);
        }

        @Test
        void inOnNumbers() {
            assertThat(rule("{ field: employees, in: [10, 20] }").test(account().employees(20).build())).isEqualTo(TRUE);
            assertThat(rule("{ field: employees, notIn: [10, 20] }").test(account().employees(20).build()))
                    .isEqualTo(FALSE);
        }
    }

    @Nested
    class Lists {
        @Test
        void containsIsAnElementOfTheList() {
            Account a = account().technologies("Salesforce", "Google Analytics").build();
            assertThat(rule("{ field: technologies, contains: salesforce }").test(a)).isEqualTo(TRUE);
            assertThat(rule("{ field: technologies, contains: Google }").test(a)).isEqualTo(FALSE);
            assertThat(rule("{ field: technologies, containsAny: [HubSpot, google analytics] }").test(a))
                    .isEqualTo(TRUE);
            assertThat(rule("{ field: technologies, matches: '^goog' }").test(a)).isEqualTo(TRUE);
        }
    }

    @Nested
    class Exists {
        @Test
        void existsIsNeverUnknown() {
            assertThat(rule("{ field: domain, exists: true }").test(EMPTY)).isEqualTo(FALSE);
            assertThat(rule("{ field: domain, exists: false }").test(EMPTY)).isEqualTo(TRUE);
            assertThat(rule("{ field: technologies, exists: true }").test(EMPTY)).isEqualTo(FALSE);
            assertThat(rule("{ field: domain, exists: true }").test(account().domain("a.com").build())).isEqualTo(TRUE);
        }
    }

    @Nested
    class Custom {
        @Test
        void numberLikeTextMeetsANumber() {
            assertThat(rule("{ field: custom.seats, atLeast: 50 }").test(account().custom("seats", "120").build()))
                    .isEqualTo(TRUE);
            assertThat(rule("{ field: custom.seats, atLeast: 50 }").test(account().custom("seats", "many").build()))
                    .isEqualTo(UNKNOWN);
            assertThat(rule("{ field: custom.seats, atLeast: 50 }").test(EMPTY)).isEqualTo(UNKNOWN);
        }

        @Test
        void aQuotedNumberStillOrders() {
            // Regression: a quoted bound on a custom field passed validation, then failed while scoring.
            assertThat(rule("{ field: custom.score, greaterThan: \"50\" }").test(account().custom("score", "70").build()))
                    .isEqualTo(TRUE);
            assertThat(rule("{ field: custom.score, between: [\"10\", \"20\"] }")
                    .test(account().custom("score", "70").build())).isEqualTo(FALSE);
            assertThat(rule("{ field: custom.score, atMost: \"50\" }").test(account().custom("score", "n/a").build()))
                    .isEqualTo(UNKNOWN);
        }

        @Test
        void otherwiseComparedAsText() {
            assertThat(rule("{ field: custom.segment, equals: mid market }")
                    .test(account().custom("segment", "MID_MARKET").build())).isEqualTo(TRUE);
        }
    }

    @Nested
    class ThreeValuedLogic {
        // a: industry equals X (TRUE / FALSE / UNKNOWN by data), b: employees atLeast 100
        private Account of(Truth a, Truth b) {
            var builder = account();
            if (a != UNKNOWN) {
                builder.industry(a == TRUE ? "X" : "Y");
            }
            if (b != UNKNOWN) {
                builder.employees(b == TRUE ? 500 : 5);
            }
            return builder.build();
        }

        @ParameterizedTest
        @CsvSource({
                "TRUE, TRUE, TRUE", "TRUE, FALSE, FALSE", "TRUE, UNKNOWN, UNKNOWN",
                "FALSE, TRUE, FALSE", "FALSE, FALSE, FALSE", "FALSE, UNKNOWN, FALSE",
                "UNKNOWN, TRUE, UNKNOWN", "UNKNOWN, FALSE, FALSE", "UNKNOWN, UNKNOWN, UNKNOWN",
        })
        void allOf(Truth a, Truth b, Truth expected) {
            assertThat(rule("{ allOf: [ { field: industry, equals: X }, { field: employees, atLeast: 100 } ] }")
                    .test(of(a, b))).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({
                "TRUE, TRUE, TRUE", "TRUE, FALSE, TRUE", "TRUE, UNKNOWN, TRUE",
                "FALSE, TRUE, TRUE", "FALSE, FALSE, FALSE", "FALSE, UNKNOWN, UNKNOWN",
                "UNKNOWN, TRUE, TRUE", "UNKNOWN, FALSE, UNKNOWN", "UNKNOWN, UNKNOWN, UNKNOWN",
        })
        void anyOf(Truth a, Truth b, Truth expected) {
            assertThat(rule("{ anyOf: [ { field: industry, equals: X }, { field: employees, atLeast: 100 } ] }")
                    .test(of(a, b))).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({"TRUE, FALSE", "FALSE, TRUE", "UNKNOWN, UNKNOWN"})
        void not(Truth a, Truth expected) {
            assertThat(rule("{ not: { field: industry, equals: X } }").test(of(a, TRUE))).isEqualTo(expected);
        }
    }

    @Nested
    class Cel {
        @Test
        void typedFields() {
            Account a = account().employees(100).revenue("50000000").technologies("Snowflake").build();
            assertThat(rule("{ cel: \"annualRevenue / double(employees) > 200000.0\" }").test(a)).isEqualTo(TRUE);
            assertThat(rule("{ cel: \"'Snowflake' in technologies\" }").test(a)).isEqualTo(TRUE);
            assertThat(rule("{ cel: \"employees > 1000\" }").test(a)).isEqualTo(FALSE);
        }

        @Test
        void standardMacros() {
            Account a = account().technologies("BigQuery", "Slack").build();
            assertThat(rule("{ cel: \"technologies.exists(t, t in ['Snowflake', 'BigQuery'])\" }").test(a))
                    .isEqualTo(TRUE);
            assertThat(rule("{ cel: \"has(custom.segment)\" }").test(a)).isEqualTo(FALSE);
        }

        @Test
        void readingAMissingFieldIsUnknown() {
            assertThat(rule("{ cel: \"employees > 1000\" }").test(EMPTY)).isEqualTo(UNKNOWN);
            assertThat(rule("{ cel: \"custom.segment == 'x'\" }").test(EMPTY)).isEqualTo(UNKNOWN);
        }

        @Test
        void readingAMissingFieldIsUnknownEvenWhereCelWouldAbsorbIt() {
            Account noIndustry = account().employees(500).build();
            assertThat(rule("{ cel: \"industry == 'Software' || employees > 100\" }").test(noIndustry))
                    .isEqualTo(UNKNOWN);
            // A field CEL never reads, because the answer is already known, does not make it unknown.
            assertThat(rule("{ cel: \"employees > 100 || industry == 'Software'\" }").test(noIndustry))
                    .isEqualTo(TRUE);
        }

        @Test
        void aRunTimeFailureIsUnknown() {
            assertThat(rule("{ cel: \"annualRevenue / double(employees) > 1.0 && int(name) > 0\" }")
                    .test(account().employees(1).revenue("10").name("abc").build())).isEqualTo(UNKNOWN);
        }

        @Test
        void regionAndCountryAreText() {
            Account a = account().country("DE", Region.EMEA).build();
            assertThat(rule("{ cel: \"region == 'EMEA' && country == 'DE'\" }").test(a)).isEqualTo(TRUE);
        }
    }
}
