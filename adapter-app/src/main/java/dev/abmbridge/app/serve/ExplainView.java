package dev.abmbridge.app.serve;

import dev.abmbridge.core.model.ClassifiedContact;
import dev.abmbridge.core.rules.AudienceMembership;
import dev.abmbridge.core.scoring.AccountReport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One explained account as plain values for the status page. */
final class ExplainView {

    private ExplainView() {
    }

    record ContactRow(String name, String title, String role) {
    }

    static Map<String, Object> of(String query, AccountReport r) {
        Map<String, Object> m = new HashMap<>();
        m.put("query", query);
        m.put("name", r.account().name() == null ? r.account().id() : r.account().name());
        m.put("id", r.account().id());
        m.put("domain", r.account().domain());
        m.put("fitScore", r.insight().fitScore());
        m.put("tier", r.insight().tier() == null ? "no tier" : r.insight().tier());
        m.put("icp", r.insight().isIcp() ? "Yes" : "No");
        m.put("summary", r.summary());
        m.put("explanation", r.explanation());
        m.put("coverage", r.coverage().percent() == null ? "no committee defined" : r.coverage().percent() + "%");
        m.put("missingRoles", r.coverage().missingRoles().isEmpty() ? null : String.join(", ", r.coverage().missingRoles()));
        List<ContactRow> contacts = r.contacts().stream().map(ExplainView::contact).toList();
        m.put("contacts", contacts);
        m.put("noContacts", contacts.isEmpty());
        m.put("audiences", r.audiences().stream().map(AudienceMembership::audience).map(a -> a.name()).toList());
        m.put("noAudiences", r.audiences().isEmpty());
        return m;
    }

    private static ContactRow contact(ClassifiedContact c) {
        String name = Stream.of(c.contact().firstName(), c.contact().lastName()).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return new ContactRow(name.isEmpty() ? c.contact().id() : name, c.contact().title(),
                c.role() == null ? "no role" : c.role());
    }
}
