package dev.abmbridge.app.cli;

import dev.abmbridge.app.bridge.SyncProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A progress bar per phase and system ("read salesforce Account", "write hubspot Contact", "audiences linkedin")
 * with its count and rate, on an interactive terminal; silent when output goes to a file or a pipe. Totals are not
 * known before the sources are read, so the bars count without an end. The engine calls it from its reader and
 * apply threads, hence the locking.
 */
final class SyncConsoleProgress implements SyncProgress {

    private final boolean enabled;
    private final Map<String, ProgressBar> bars = new LinkedHashMap<>();
    private String current;

    SyncConsoleProgress(boolean enabled) {
        this.enabled = enabled && System.console() != null;
    }

    @Override
    public synchronized void read(String system, String object, int records) {
        step("read " + system + " " + object, records);
    }

    @Override
    public synchronized void written(String system, String object, int records) {
        step("write " + system + " " + object, records);
    }

    @Override
    public synchronized void members(String system, String audienceId, int changes) {
        step("audiences " + system, changes);
    }

    private void step(String phase, int n) {
        if (!enabled) {
            return;
        }
        if (!phase.equals(current) && current != null && bars.containsKey(current)) {
            bars.remove(current).close(); // one bar at a time: the phases follow each other
        }
        current = phase;
        bars.computeIfAbsent(phase, p -> new ProgressBarBuilder().setTaskName(p).setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate().build()).stepBy(n);
    }

    @Override
    public synchronized void finished() {
        bars.values().forEach(ProgressBar::close);
        bars.clear();
        current = null;
    }
}
