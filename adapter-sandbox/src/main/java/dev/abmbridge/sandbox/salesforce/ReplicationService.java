package dev.abmbridge.sandbox.salesforce;

import java.time.Duration;
import java.time.Instant;

/** getDeleted and getUpdated: ids changed within a window, with the API's date checks (30 days back at most). */
final class ReplicationService {

    private final SalesforceOrg org;

    ReplicationService(SalesforceOrg org) {
        this.org = org;
    }

    String getDeleted(String type, String start, String end) {
        SObjectTable table = org.table(type).orElseThrow(() -> SalesforceFault.invalidType(type));
        Instant[] window = window(start, end);
        StringBuilder out = new StringBuilder("<result>");
        for (SObjectRow row : table.rows()) {
            Instant deletedAt = row.deletedAt();
            if (deletedAt != null && !deletedAt.isBefore(window[0]) && deletedAt.isBefore(window[1])) {
                out.append("<deletedRecords>");
                Xml.element(out, "deletedDate", SalesforceTime.format(deletedAt));
                Xml.element(out, "id", row.id());
                out.append("</deletedRecords>");
            }
        }
        Xml.element(out, "earliestDateAvailable", SalesforceTime.format(org.clock().instant().minus(Duration.ofDays(15))));
        Xml.element(out, "latestDateCovered", SalesforceTime.format(latestCovered(window[1])));
        return out.append("</result>").toString();
    }

    String getUpdated(String type, String start, String end) {
        SObjectTable table = org.table(type).orElseThrow(() -> SalesforceFault.invalidType(type));
        Instant[] window = window(start, end);
        int column = table.schema().column("SystemModstamp");
        StringBuilder out = new StringBuilder("<result>");
        String from = SalesforceTime.format(window[0]);
        String to = SalesforceTime.format(window[1]);
        for (SObjectRow row : table.rows()) {
            String stamp = row.get(column);
            if (!row.deleted() && stamp != null && stamp.compareTo(from) >= 0 && stamp.compareTo(to) < 0) {
                Xml.element(out, "ids", row.id());
            }
        }
        Xml.element(out, "latestDateCovered", SalesforceTime.format(latestCovered(window[1])));
        return out.append("</result>").toString();
    }

    private Instant latestCovered(Instant end) {
        Instant now = org.clock().instant();
        return end.isAfter(now) ? now : end;
    }

    private Instant[] window(String start, String end) {
        Instant from = SalesforceTime.parse(start);
        Instant to = SalesforceTime.parse(end);
        if (from == null || to == null || !from.isBefore(to)) {
            throw SalesforceFault.unexpected("INVALID_REPLICATION_DATE", "startDate must chronologically precede endDate");
        }
        if (from.isBefore(org.clock().instant().minus(Duration.ofDays(30)))) {
            throw SalesforceFault.unexpected("INVALID_REPLICATION_DATE", "startDate cannot be more than 30 days ago");
        }
        return new Instant[] {from, to};
    }
}
