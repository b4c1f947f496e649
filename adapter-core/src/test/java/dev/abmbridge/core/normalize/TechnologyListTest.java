package dev.abmbridge.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TechnologyListTest {

    @Test
    void splitsOnSemicolonsOrCommasTrimsAndDropsEmpties() {
        assertThat(TechnologyList.parse("Salesforce; HubSpot ;;  Marketo ")).containsExactly("Salesforce", "HubSpot", "Marketo");
        assertThat(TechnologyList.parse("Salesforce, HubSpot,, Marketo,")).containsExactly("Salesforce", "HubSpot", "Marketo");
    }

    @Test
    void semicolonsWinSoCommasMayStayInsideNames() {
        assertThat(TechnologyList.parse("Adobe Experience Manager, Sites; Marketo"))
                .containsExactly("Adobe Experience Manager, Sites", "Marketo");
    }

    @Test
    void straySeparatorsAreNotPartOfNames() {
        assertThat(TechnologyList.parse("Salesforce,; HubSpot ,")).containsExactly("Salesforce", "HubSpot");
    }

    @Test
    void deduplicatesByTextKeyKeepingTheFirstSpelling() {
        assertThat(TechnologyList.parse("HubSpot, hubspot, HUBSPOT , Google_Analytics, google analytics"))
                .containsExactly("HubSpot", "Google_Analytics");
    }

    @Test
    void missingGivesAnEmptyList() {
        assertThat(TechnologyList.parse(null)).isEmpty();
        assertThat(TechnologyList.parse("")).isEmpty();
        assertThat(TechnologyList.parse(" ; , ")).isEmpty();
    }

    @Test
    void resultIsImmutable() {
        assertThat(TechnologyList.parse("a,b")).isUnmodifiable();
    }
}
