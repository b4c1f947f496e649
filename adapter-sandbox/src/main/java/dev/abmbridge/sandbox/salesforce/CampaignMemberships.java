package dev.abmbridge.sandbox.salesforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live (campaign, contact) pairs of an org, so a second member for the same pair is refused with DUPLICATE_VALUE
 * and a campaign's or contact's delete can cascade to its members, without scanning the member table.
 */
final class CampaignMemberships {

    private final Map<String, String> memberByPair = new ConcurrentHashMap<>();
    private final Map<String, String> pairByMember = new ConcurrentHashMap<>();

    String get(String campaignId, String contactId) {
        return campaignId == null || contactId == null ? null : memberByPair.get(pair(campaignId, contactId));
    }

    void add(String memberId, String campaignId, String contactId) {
        String pair = pair(campaignId, contactId);
        memberByPair.put(pair, memberId);
        pairByMember.put(memberId, pair);
    }

    void remove(String memberId) {
        String pair = pairByMember.remove(memberId);
        if (pair != null) {
            memberByPair.remove(pair);
        }
    }

    /** The live members of a campaign or of a contact. */
    List<String> membersOf(String campaignOrContactId) {
        String id = full(campaignOrContactId);
        List<String> out = new ArrayList<>();
        pairByMember.forEach((member, pair) -> {
            int bar = pair.indexOf('|');
            if (pair.substring(0, bar).equals(id) || pair.substring(bar + 1).equals(id)) {
                out.add(member);
            }
        });
        return out;
    }

    private static String pair(String campaignId, String contactId) {
        return full(campaignId) + '|' + full(contactId);
    }

    /** The org stores 18-character ids; a 15-character one names the same record. */
    private static String full(String id) {
        return id.length() == 15 ? id + "AAA" : id;
    }
}
