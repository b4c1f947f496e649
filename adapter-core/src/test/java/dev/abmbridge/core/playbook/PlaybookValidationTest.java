package dev.abmbridge.core.playbook;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every validation error of PLAYBOOK.md, with the line and column it is reported at. */
class PlaybookValidationTest {

    private static final String TIERS = """
              tiers:
                - { name: Tier 1, minScore: 80 }
            """;

    private static List<PlaybookError> errorsOf(String yaml) {
        InvalidPlaybookException e = catchThrowableOfType(InvalidPlaybookException.class,
                () -> new PlaybookLoader().parse("bad.yml", yaml));
        assertThat(e).as("the playbook should be rejected").isNotNull();
        return e.errors();
    }

    private static PlaybookError onlyError(String yaml) {
        List<PlaybookError> errors = errorsOf(yaml);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    private static void assertAt(PlaybookError e, int line, int column, String messagePart) {
        assertThat(e.file()).isEqualTo("bad.yml");
        assertThat(e.message()).contains(messagePart);
        assertThat(e.line()).as("line of: " + e).isEqualTo(line);
        assertThat(e.column()).as("column of: " + e).isEqualTo(column);
        assertThat(e.hint()).as("a fix for: " + e).isNotBlank();
    }

    @Test
    void unknownKeyWithSuggestion() {
        PlaybookError e = onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - id: size
                      wieght: 10
                      weight: 10
                      when: { field: employees, atLeast: 200 }
                """);
        assertAt(e, 6, 7, "unknown key 'wieght'");
        assertThat(e.hint()).contains("did you mean 'weight'");
    }

    @Test
    void conditionWithNoOperator() {
        assertAt(onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: size, weight: 10, when: { field: employees } }
                """), 5, 37, "has no operator");
    }

    @Test
    void conditionWithTwoOperators() {
        assertAt(onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - id: size
                      weight: 10
                      when: { field: employees, atLeast: 200, atMost: 5000 }
                """), 7, 47, "two operators (atLeast and atMost)");
    }

    @Test
    void typeMismatch() {
        assertAt(onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - id: size
                      weight: 10
                      when: { field: employees, atLeast: abc }
                """), 7, 42, "needs a number, not 'abc'");
    }

    @Test
    void textOperatorOnANumber() {
        assertAt(onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: size, weight: 10, when: { field: employees, contains: 5 } }
                """), 5, 67, "'employees' is a number");
    }

    @Test
    void regexThatDoesNotCompile() {
        assertAt(onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - id: edu
                      weight: 10
                      when: { field: name, matches: "univers(ity" }
                """), 7, 37, "regular expression does not compile");
    }

    @Test
    void celThatDoesNotCompile() {
        assertAt(onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - id: adv
                      weight: 10
                      when:
                        cel: "annualRevenue / employees > 200000.0"
                """), 8, 14, "CEL expression does not compile");
    }

    @Test
    void celThatIsNotBoolean() {
        assertAt(onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: adv, weight: 10, when: { cel: "employees + 1" } }
                """), 5, 43, "CEL expression does not compile");
    }

    @Test
    void duplicateId() {
        assertAt(onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: size, weight: 10, when: { field: employees, atLeast: 200 } }
                    - { id: size, weight: 5, when: { field: employees, atLeast: 2000 } }
                """), 6, 13, "the id 'size' is used twice (first on line 5)");
    }

    @Test
    void tiersNotInDescendingOrder() {
        assertAt(onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: size, weight: 10, when: { field: employees, atLeast: 200 } }
                  tiers:
                    - { name: Tier 2, minScore: 60 }
                    - { name: Tier 1, minScore: 80 }
                """), 8, 33, "descending order");
    }

    @Test
    void committeeRoleNoRuleCanGive() {
        assertAt(onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: size, weight: 10, when: { field: employees, atLeast: 200 } }
                buyingRoles:
                  rules:
                    - { role: Champion, when: { field: seniority, in: [DIRECTOR] } }
                    - role: End User
                  committee: [Champion, Decision Maker]
                """), 10, 25, "no buying-role rule can give 'Decision Maker'");
    }

    @Test
    void unknownField() {
        PlaybookError e = onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: size, weight: 10, when: { field: employes, atLeast: 200 } }
                """);
        assertAt(e, 5, 37, "unknown account field 'employes'");
        assertThat(e.hint()).contains("did you mean 'employees'");
    }

    @Test
    void unknownSeniorityValue() {
        assertAt(onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: size, weight: 10, when: { field: employees, atLeast: 200 } }
                buyingRoles:
                  rules:
                    - { role: Decision Maker, when: { field: seniority, in: [C_LEVL, VP] } }
                """), 8, 61, "'C_LEVL' is not a seniority value");
    }

    @Test
    void invalidYaml() {
        PlaybookError e = onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria: [ { id: size
                """);
        assertThat(e.message()).contains("not valid YAML");
        assertThat(e.line()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() {
        List<PlaybookError> errors = errorsOf("""
                version: 2
                icp:
                  minScore: 160
                  criteria:
                    - { id: a, weight: 10, when: { field: employees, atLeast: x } }
                    - { id: a, weight: 10, when: { field: nope, equals: 1 } }
                """ + TIERS + """
                audiences:
                  - { id: x, name: X, accounts: { field: tier, equals: Tier 1 }, destination: [linkedin] }
                """);
        assertThat(errors).extracting(PlaybookError::line).containsExactly(1, 3, 5, 6, 6, 10);
        assertThat(errors).extracting(PlaybookError::line).isSorted();
    }

    @Test
    void noPositiveWeight() {
        assertThat(onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: small, weight: -10, when: { field: employees, lessThan: 20 } }
                """).message()).contains("no criterion has a positive weight");
    }

    @Test
    void unreachableRoleRule() {
        assertAt(onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: size, weight: 10, when: { field: employees, atLeast: 200 } }
                buyingRoles:
                  rules:
                    - role: End User
                    - { role: Champion, when: { field: seniority, in: [DIRECTOR] } }
                """), 9, 7, "can never apply");
    }

    @Test
    void roleIsNotAFieldOfRoleRules() {
        assertAt(onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: size, weight: 10, when: { field: employees, atLeast: 200 } }
                buyingRoles:
                  rules:
                    - { role: Champion, when: { field: role, equals: Champion } }
                """), 8, 31, "unknown contact field 'role'");
    }

    @Test
    void tierFieldsAreOnlyForAudiences() {
        assertAt(onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: size, weight: 10, when: { field: fitScore, atLeast: 200 } }
                """), 5, 37, "unknown account field 'fitScore'");
    }

    @Test
    void destinationThatIsNotAName() {
        PlaybookError e = onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: size, weight: 10, when: { field: employees, atLeast: 200 } }
                audiences:
                  - { id: a, name: A, accounts: { field: isIcp, equals: true }, destinations: [linked in] }
                """);
        assertAt(e, 7, 80, "'linked in' is not a destination name");
    }

    @Test
    void celHintsNameTheFieldsOfThePlaceItIsWritten() {
        PlaybookError e = onlyError("""
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: size, weight: 10, when: { field: employees, atLeast: 200 } }
                buyingRoles:
                  rules:
                    - { role: Champion, when: { cel: "seniority == 1" } }
                """);
        assertThat(e.hint()).contains("contact fields are title string, seniority string").doesNotContain("employees");
    }

    @Test
    void missingFile() {
        var e = catchThrowableOfType(InvalidPlaybookException.class,
                () -> new PlaybookLoader().load(java.nio.file.Path.of("does-not-exist.yml")));
        assertThat(e.errors().get(0).message()).contains("does not exist");
        assertThat(e.errors().get(0).toString()).startsWith("does-not-exist.yml: the playbook file does not exist")
                .doesNotContain("init");
    }
}
