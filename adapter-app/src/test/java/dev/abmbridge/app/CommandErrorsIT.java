package dev.abmbridge.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.abmbridge.app.JarRunner.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;

/** Exit codes and messages of the packaged jar: 0 success, 2 user error, never a stack trace. */
class CommandErrorsIT {

    @TempDir
    Path dir;

    @Test
    void validateAcceptsTheExample() throws Exception {
        JarRunner.Result r = JarRunner.run("validate", "--playbook", EXAMPLES.resolve("playbook.yml").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("is valid");
    }

    @Test
    void validateReportsEveryProblemWithLineColumnAndFix() throws Exception {
        Path bad = dir.resolve("bad.yml");
        Files.writeString(bad, """
                version: 1
                icp:
                  minScore: 60
                  criteria:
                    - { id: size, weight: 10, when: { field: employes, atLeast: 200 } }
                    - { id: size, weight: 10, when: { field: employees, atLeast: abc } }
                """);
        JarRunner.Result r = JarRunner.run("validate", "--playbook", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("3 problem(s)").contains("bad.yml:5:37: unknown account field 'employes'")
                .contains("did you mean 'employees'").contains("bad.yml:6:13: the id 'size' is used twice")
                .contains("bad.yml:6:66").contains("fix:").doesNotContain("Exception");
    }

    @Test
    void anInvalidPlaybookStopsScoreBeforeItWritesAnything() throws Exception {
        Path bad = dir.resolve("bad.yml");
        Files.writeString(bad, "version: 1\nicp: { minScore: 60, criteria: [] }\n");
        Path out = dir.resolve("out");
        JarRunner.Result r = JarRunner.run("score", "--playbook", bad.toString(), "--accounts",
                EXAMPLES.resolve("accounts.csv").toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yml:2:");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingInputFileIsAUserError() throws Exception {
        JarRunner.Result r = JarRunner.run("score", "--playbook", EXAMPLES.resolve("playbook.yml").toString(),
                "--accounts", dir.resolve("nope.csv").toString(), "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("nope.csv: no such file").doesNotContain("\tat ");
    }

    @Test
    void anOutputDirectoryThatIsAFileIsAUserError() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        JarRunner.Result r = JarRunner.run("score", "--playbook", EXAMPLES.resolve("playbook.yml").toString(),
                "--accounts", EXAMPLES.resolve("accounts.csv").toString(), "--out", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is a file; name a directory").doesNotContain("\tat ");
    }

    @Test
    void anUnknownOptionIsAUserErrorWithASuggestion() throws Exception {
        JarRunner.Result r = JarRunner.run("score", "--playbook", "p.yml", "--accounts", "a.csv", "--out", "o",
                "--contcts", "c.csv");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown options: '--contcts'").contains("Possible solutions: --contacts");
    }

    @Test
    void everyCommandHasHelp() throws Exception {
        for (String command : new String[]{"score", "explain", "validate"}) {
            JarRunner.Result r = JarRunner.run(command, "--help");
            assertThat(r.exitCode()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: abm-bridge " + command);
        }
        JarRunner.Result root = JarRunner.run("--help");
        assertThat(root.out()).contains("score").contains("explain").contains("validate");
    }

    @Test
    void explainPrintsTheFullExplanationOfOneAccount() throws Exception {
        JarRunner.Result r = JarRunner.run("explain", "--playbook", EXAMPLES.resolve("playbook.yml").toString(),
                "--accounts", EXAMPLES.resolve("accounts.csv").toString(),
                "--contacts", EXAMPLES.resolve("contacts.csv").toString(), "--account", "A0045");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("A0045").contains("Summary (as written to the CRM):").contains("Criteria:")
                .contains("Buying committee:").contains("C00471").contains("matched by e-mail domain");
    }

    @Test
    void explainFindsAnAccountByDomainAndSaysWhenThereIsNone() throws Exception {
        JarRunner.Result byDomain = JarRunner.run("explain", "--playbook", EXAMPLES.resolve("playbook.yml").toString(),
                "--accounts", EXAMPLES.resolve("accounts.csv").toString(), "--account", "https://www.eu.brightline.co.uk/");
        assertThat(byDomain.exitCode()).isZero();
        assertThat(byDomain.out()).contains("A0045");
        JarRunner.Result none = JarRunner.run("explain", "--playbook", EXAMPLES.resolve("playbook.yml").toString(),
                "--accounts", EXAMPLES.resolve("accounts.csv").toString(), "--account", "ZZZ999");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no account with id or domain 'ZZZ999'");
    }
}
