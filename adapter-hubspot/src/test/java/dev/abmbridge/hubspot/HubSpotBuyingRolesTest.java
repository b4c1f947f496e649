package dev.abmbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSpotBuyingRolesTest {

    private static final Map<String, String> MAPPING = HubSpotConfig.defaultBuyingRoleValues();

    @Test
    void addsOurValueAndKeepsValuesAPersonSet() {
        assertThat(HubSpotBuyingRoles.merge("BLOCKER", null, "Decision Maker", MAPPING, false)).isEqualTo("BLOCKER;DECISION_MAKER");
    }

    @Test
    void replacesOnlyTheValueOurPreviousRoleGave() {
        assertThat(HubSpotBuyingRoles.merge("BLOCKER;DECISION_MAKER", "Decision Maker", "Champion", MAPPING, false))
                .isEqualTo("BLOCKER;CHAMPION");
    }

    @Test
    void sameRoleAgainChangesNothing() {
        assertThat(HubSpotBuyingRoles.merge("DECISION_MAKER;BLOCKER", "Decision Maker", "Decision Maker", MAPPING, false))
                .isEqualTo("DECISION_MAKER;BLOCKER");
    }

    @Test
    void aClearedRoleRemovesOnlyOurValue() {
        assertThat(HubSpotBuyingRoles.merge("BLOCKER;CHAMPION", "Champion", null, MAPPING, false)).isEqualTo("BLOCKER");
        assertThat(HubSpotBuyingRoles.merge("CHAMPION", "Champion", null, MAPPING, false)).isEmpty();
    }

    @Test
    void removingUnmanagedValuesWhenConfiguredLeavesOnlyOurs() {
        assertThat(HubSpotBuyingRoles.merge("BLOCKER;INFLUENCER", null, "Economic Buyer", MAPPING, true)).isEqualTo("BUDGET_HOLDER");
    }

    @Test
    void aRoleWithoutMappingAddsNothing() {
        assertThat(HubSpotBuyingRoles.merge("BLOCKER", null, "Someone", MAPPING, false)).isEqualTo("BLOCKER");
    }
}
