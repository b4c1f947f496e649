package dev.abmbridge.core.rules;

import dev.abmbridge.core.playbook.Criterion;
import dev.abmbridge.core.playbook.Disqualifier;
import dev.abmbridge.core.playbook.IcpDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The "why" of an account's insight: a one-line summary for a CRM text field (at most 255 characters)
 * and the full form for reports and {@code explain}.
 */
public final class Explanation {

    public static final int SUMMARY_MAX = 255;

    private final IcpDefinition icp;

    public Explanation(IcpDefinition icp) {
        this.icp = icp;
    }

    /** For example {@code Tier 1, fit 85, ICP. Matched: Target industry +30, Size +25. Missed: CRM +10.} */
    public String summary(AccountInsight insight) {
        String head = head(insight);
        String withLabels = head + details(insight, Criterion::label);
        if (withLabels.length() <= SUMMARY_MAX) {
            return withLabels;
        }
        String withIds = head + details(insight, Criterion::id);
        if (withIds.length() <= SUMMARY_MAX) {
            return withIds;
        }
        return withIds.substring(0, SUMMARY_MAX - 1) + "…";
    }

    public String full(AccountInsight insight) {
        StringBuilder sb = new StringBuilder();
        sb.append(head(insight).strip()).append('\n');
        int matchedWeight = 0;
        for (Criterion c : icp.criteria()) {
            if (insight.matched().contains(c.id())) {
                matchedWeight += c.weight();
            }
        }
        sb.append(String.format(Locale.ROOT, "Fit score %d/100: matched weight %d of %d positive weight; ICP from %d%n",
                insight.fitScore(), matchedWeight, icp.positiveWeight(), icp.minScore()));
        if (insight.tierOverridden()) {
            sb.append("Tier set manually in ").append(icp.tierOverrideField()).append('\n');
        }
        sb.append("Criteria:\n");
        for (Criterion c : icp.criteria()) {
            sb.append(String.format(Locale.ROOT, "  %-9s %+5d  %s (%s)%s%n", status(insight, c), c.weight(), c.label(),
                    c.id(), insight.unknown().contains(c.id()) ? ": data missing" : ""));
        }
        if (!icp.disqualifiers().isEmpty()) {
            sb.append("Disqualifiers:\n");
            for (Disqualifier d : icp.disqualifiers()) {
                boolean hit = d.id().equals(insight.disqualifiedBy());
                sb.append(String.format(Locale.ROOT, "  %-9s        %s (%s)%n", hit ? "MATCHED" : "-", d.label(), d.id()));
            }
        }
        return sb.toString();
    }

    private String head(AccountInsight insight) {
        if (insight.disqualified()) {
            String label = icp.disqualifiers().stream().filter(d -> d.id().equals(insight.disqualifiedBy()))
                    .map(Disqualifier::label).findFirst().orElse(insight.disqualifiedBy());
            return "Not ICP: disqualified by " + label + ".";
        }
        return (insight.tier() == null ? "No tier" : insight.tier()) + ", fit " + insight.fitScore()
                + (insight.isIcp() ? ", ICP" : ", not ICP") + (insight.tierOverridden() ? " (tier set manually)" : "") + ".";
    }

    private String details(AccountInsight insight, Function<Criterion, String> name) {
        List<String> matched = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Criterion c : icp.criteria()) {
            String item = name.apply(c) + " " + String.format(Locale.ROOT, "%+d", c.weight());
            switch (status(insight, c)) {
                case "matched" -> matched.add(item);
                case "unknown" -> unknown.add(item);
                default -> missed.add(item);
            }
        }
        return section(" Matched: ", matched) + section(" Missed: ", missed) + section(" Unknown: ", unknown);
    }

    private static String section(String title, List<String> items) {
        return items.isEmpty() ? "" : title + String.join(", ", items) + ".";
    }

    private static String status(AccountInsight insight, Criterion c) {
        if (insight.matched().contains(c.id())) {
            return "matched";
        }
        return insight.unknown().contains(c.id()) ? "unknown" : "unmatched";
    }
}
