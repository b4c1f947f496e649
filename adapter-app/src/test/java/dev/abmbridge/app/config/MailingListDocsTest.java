package dev.abmbridge.app.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The key table of docs/mailing-lists.md lists every key of a mailing-list connection, and nothing else. */
class MailingListDocsTest {

    @Test
    void theKeyTableMatchesTheConfiguration() throws Exception {
        String text = Files.readString(Path.of("..", "docs", "mailing-lists.md"));
        String section = text.substring(text.indexOf("## Configure"), text.indexOf("## Where the data comes from"));
        List<String> documented = section.lines().filter(l -> l.startsWith("| `"))
                .map(l -> l.substring(3, l.indexOf('`', 3))).toList();
        List<String> keys = Arrays.stream(MailingListProperties.class.getRecordComponents())
                .map(c -> ProblemCollectingBindHandler.kebab(c.getName())).toList();

        assertThat(documented).containsExactlyInAnyOrderElementsOf(keys);
    }
}
