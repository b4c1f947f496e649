package dev.abmbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The admin page's option table lists exactly the options the configuration declares. */
class SalesforceDocsTest {

    private static final Path PAGE = Path.of("..", "docs", "connectors", "salesforce.md");

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void theOptionTableMatchesTheConfiguration() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (RecordComponent c : SalesforceConfig.class.getRecordComponents()) {
            if (!c.getName().equals("auth")) {
                declared.add("salesforce." + kebab(c.getName()));
            }
        }
        for (RecordComponent c : SalesforceAuthConfig.class.getRecordComponents()) {
            declared.add("salesforce.auth." + kebab(c.getName()));
        }
        for (RecordComponent c : SalesforceCampaignConfig.class.getRecordComponents()) {
            declared.add("salesforce.campaigns." + kebab(c.getName()));
        }
        String page = Files.readString(PAGE);
        String table = page.substring(page.indexOf("## 7. Configuration options"), page.indexOf("## 8."));
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `(salesforce\\.[a-z.-]+)` \\|").matcher(table);
        while (m.find()) {
            documented.add(m.group(1));
        }

        assertThat(documented).isEqualTo(declared);
    }

    @Test
    void thePageNamesTheDefaultFieldsAndPermissionSet() throws Exception {
        String page = Files.readString(PAGE);
        SalesforceConfig.DEFAULT_ACCOUNT_FIELDS.values().forEach(f -> assertThat(page).contains("`" + f + "`"));
        SalesforceConfig.DEFAULT_CONTACT_FIELDS.values().forEach(f -> assertThat(page).contains("`" + f + "`"));
        assertThat(page).contains("`" + SalesforceConfig.DEFAULT_PERMISSION_SET + "`");
        assertThat(page).contains("| `salesforce.campaigns.member-status` | `" + SalesforceCampaignConfig.DEFAULT_MEMBER_STATUS + "` |");
    }
}
