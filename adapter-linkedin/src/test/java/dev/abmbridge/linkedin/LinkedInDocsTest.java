package dev.abmbridge.linkedin;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/connectors/linkedin.md lists exactly the options the connector has, and the CSV headers it writes. */
class LinkedInDocsTest {

    private static String page() throws Exception {
        Path page = Path.of("..", "docs", "connectors", "linkedin.md");
        return Files.readString(page, StandardCharsets.UTF_8);
    }

    @Test
    void theOptionTableMatchesTheConfiguration() throws Exception {
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `(linkedin\\.[a-z-]+)` \\|").matcher(page());
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(LinkedInConfig.OPTION_NAMES);
    }

    @Test
    void theCsvHeadersAreDocumented() throws Exception {
        assertThat(page()).contains(String.join(",", LinkedInCsvLists.COMPANY_HEADERS), String.join(",", LinkedInCsvLists.CONTACT_HEADERS));
    }
}
