package dev.abmbridge.core.engine;

import dev.abmbridge.core.state.SnapshotCodec;

import java.util.Map;

/**
 * A run summary (or dry-run plan) as a console table, JSON, or a self-contained HTML page (inline CSS, no script,
 * nothing fetched). Holds nothing secret: only counts, field names, record ids and owned values.
 */
public final class ReportRenderer {

    private static final SnapshotCodec JSON = new SnapshotCodec();

    private ReportRenderer() {
    }

    public static String json(RunSummary s) {
        return JSON.json(s);
    }

    public static String console(RunSummary s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.dryRun() ? "Dry run (nothing written)" : "Sync run").append(' ').append(s.runId())
                .append(", playbook ").append(s.playbookHash(), 0, Math.min(12, s.playbookHash().length())).append('\n');
        sb.append(String.format("%-16s %10s %10s %10s %10s %10s%n", "system", "read", "to write", "min calls", "calls",
                "dead"));
        java.util.Set<String> systems = new java.util.TreeSet<>();
        systems.addAll(s.recordsRead().keySet());
        systems.addAll(s.recordsToWrite().keySet());
        systems.addAll(s.plannedBatches().keySet());
        for (String sys : systems) {
            sb.append(String.format("%-16s %10d %10d %10d %10d %10d%n", sys, s.recordsRead().getOrDefault(sys, 0),
                    s.recordsToWrite().getOrDefault(sys, 0), s.plannedBatches().getOrDefault(sys, 0),
                    s.sinkCalls().getOrDefault(sys, 0), s.deadLettered().getOrDefault(sys, 0)));
        }
        s.fieldChanges().forEach((sys, fields) -> fields.forEach((f, n) ->
                sb.append(String.format("  %-14s %-14s %8d changes%n", sys, f, n))));
        if (s.engagementChanges() > 0) {
            sb.append(String.format("  engagement scores changed %8d companies%n", s.engagementChanges()));
        }
        s.tierMoves().forEach((m, n) -> sb.append(String.format("  tier %-28s %6d%n", m, n)));
        for (String a : audiences(s)) {
            int notIn = s.audienceNotInSystem().getOrDefault(a, 0);
            sb.append(String.format("  audience %-24s +%-6d -%-6d %6d min calls %6d calls%s%n", a,
                    s.audienceAdds().getOrDefault(a, 0), s.audienceRemoves().getOrDefault(a, 0),
                    s.plannedAudienceCalls().getOrDefault(a, 0), s.audienceCalls().getOrDefault(a, 0),
                    notIn == 0 ? "" : String.format("  (%d members not in %s, left out)", notIn,
                            a.substring(0, a.indexOf('/')))));
        }
        return sb.toString();
    }

    public static String html(RunSummary s) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ABM Bridge ")
                .append(s.dryRun() ? "dry run" : "run").append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;")
                .append("margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}")
                .append("th{background:#f3f3f3}.num{text-align:right}</style></head><body>\n");
        sb.append("<h1>").append(s.dryRun() ? "Dry run: nothing was written" : "Sync run").append("</h1>\n<p>Run ")
                .append(esc(s.runId())).append(", playbook ").append(esc(s.playbookHash())).append(", ")
                .append(s.accountsEvaluated()).append(" accounts evaluated, ").append(s.recordsChanged())
                .append(" records changed, ").append(s.engagementChanges()).append(" engagement scores changed.</p>\n");
        sb.append("<h2>By system</h2><table><tr><th>system</th><th>read</th><th>to write</th><th>minimum calls</th>")
                .append("<th>calls made</th><th>dead letters</th></tr>\n");
        java.util.Set<String> systems = new java.util.TreeSet<>(s.recordsRead().keySet());
        systems.addAll(s.recordsToWrite().keySet());
        systems.addAll(s.plannedBatches().keySet());
        for (String sys : systems) {
            sb.append("<tr><td>").append(esc(sys)).append("</td>").append(num(s.recordsRead().getOrDefault(sys, 0)))
                    .append(num(s.recordsToWrite().getOrDefault(sys, 0)))
                    .append(num(s.plannedBatches().getOrDefault(sys, 0))).append(num(s.sinkCalls().getOrDefault(sys, 0)))
                    .append(num(s.deadLettered().getOrDefault(sys, 0))).append("</tr>\n");
        }
        sb.append("</table>\n<h2>Field changes</h2><table><tr><th>system</th><th>field</th><th>records</th></tr>\n");
        s.fieldChanges().forEach((sys, fields) -> fields.forEach((f, n) -> sb.append("<tr><td>").append(esc(sys))
                .append("</td><td>").append(esc(f)).append("</td>").append(num(n)).append("</tr>\n")));
        sb.append("</table>\n");
        table(sb, "Tier moves", "move", s.tierMoves());
        sb.append("<h2>Audiences</h2><table><tr><th>audience</th><th>adds</th><th>removes</th><th>minimum calls</th>")
                .append("<th>calls made</th><th title=\"members the destination system has no record of\">")
                .append("not in the system</th></tr>\n");
        for (String a : audiences(s)) {
            sb.append("<tr><td>").append(esc(a)).append("</td>").append(num(s.audienceAdds().getOrDefault(a, 0)))
                    .append(num(s.audienceRemoves().getOrDefault(a, 0)))
                    .append(num(s.plannedAudienceCalls().getOrDefault(a, 0)))
                    .append(num(s.audienceCalls().getOrDefault(a, 0)))
                    .append(num(s.audienceNotInSystem().getOrDefault(a, 0))).append("</tr>\n");
        }
        sb.append("</table>\n");
        sb.append("<h2>Sample changes</h2><table><tr><th>system</th><th>record</th><th>field</th><th>now</th>")
                .append("<th>planned</th></tr>\n");
        for (RunSummary.Diff d : s.samples()) {
            sb.append("<tr><td>").append(esc(d.system())).append("</td><td>").append(esc(d.kind())).append(' ')
                    .append(esc(d.id())).append("</td><td>").append(esc(d.field())).append("</td><td>")
                    .append(esc(d.oldValue())).append("</td><td>").append(esc(d.newValue())).append("</td></tr>\n");
        }
        sb.append("</table>\n</body></html>\n");
        return sb.toString();
    }

    /** Every {@code system/audienceId} with a change or a call, sorted. */
    private static java.util.Set<String> audiences(RunSummary s) {
        java.util.Set<String> keys = new java.util.TreeSet<>(s.audienceAdds().keySet());
        keys.addAll(s.audienceRemoves().keySet());
        keys.addAll(s.plannedAudienceCalls().keySet());
        keys.addAll(s.audienceCalls().keySet());
        keys.addAll(s.audienceNotInSystem().keySet());
        return keys;
    }

    private static void table(StringBuilder sb, String title, String key, Map<String, Integer> rows) {
        sb.append("<h2>").append(title).append("</h2><table><tr><th>").append(key).append("</th><th>count</th></tr>\n");
        rows.forEach((k, n) -> sb.append("<tr><td>").append(esc(k)).append("</td>").append(num(n)).append("</tr>\n"));
        sb.append("</table>\n");
    }

    private static String num(int n) {
        return "<td class=\"num\">" + n + "</td>";
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
