package dev.abmbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The option table of docs/connectors/hubspot.md lists every option of {@link HubSpotConfig}, and nothing else. */
class HubSpotDocsTest {

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void theOptionTableMatchesTheConfiguration() throws Exception {
        Path page = Path.of("..", "docs", "connectors", "hubspot.md");
        String text = Files.readString(page);
        String table = text.substring(text.indexOf("## 8. Configuration options"), text.indexOf("## 9."));
        List<String> documented = table.lines().filter(l -> l.startsWith("| `hubspot."))
                .map(l -> l.substring(3, l.indexOf('`', 3))).toList();
        List<String> options = Arrays.stream(HubSpotConfig.class.getRecordComponents()).map(c -> "hubspot." + kebab(c.getName())).toList();

        assertThat(documented).containsExactlyInAnyOrderElementsOf(options);
    }
}
