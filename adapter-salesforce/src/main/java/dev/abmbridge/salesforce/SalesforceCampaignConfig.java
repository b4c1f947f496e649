package dev.abmbridge.salesforce;

import java.util.ArrayList;
import java.util.List;

/**
 * Options of the Salesforce Campaigns audience destination (prefix {@code salesforce.campaigns}).
 *
 * @param memberStatus the Status given to every CampaignMember the destination creates; it must be one of the campaign's
 *                     member statuses (a new campaign has {@code Sent}, its default, and {@code Responded})
 */
public record SalesforceCampaignConfig(String memberStatus) {

    public static final String DEFAULT_MEMBER_STATUS = "Sent";

    /** CampaignMember.Status is a picklist of 40 characters at most. */
    static final int STATUS_LENGTH = 40;

    public static final SalesforceCampaignConfig DEFAULTS = new SalesforceCampaignConfig(DEFAULT_MEMBER_STATUS);

    public SalesforceCampaignConfig {
        memberStatus = memberStatus == null ? DEFAULT_MEMBER_STATUS : memberStatus.strip();
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (memberStatus.isEmpty() || memberStatus.length() > STATUS_LENGTH) {
            problems.add("salesforce.campaigns.member-status must be 1 to " + STATUS_LENGTH + " characters");
        }
        return problems;
    }

    public SalesforceCampaignConfig validated() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid Salesforce Campaigns configuration:\n  " + String.join("\n  ", problems));
        }
        return this;
    }
}
