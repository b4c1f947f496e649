package dev.abmbridge.core.engine;

import dev.abmbridge.core.spi.AccountEngagement;
import dev.abmbridge.core.spi.EngagementSource;
import dev.abmbridge.core.spi.SystemUnavailableException;
import dev.abmbridge.core.state.StateStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Engagement step of a pulling run: asks each engagement source for its rolling window (ending yesterday, UTC)
 * when that window differs from the one last fetched, so at most one fetch per source and run, and at most one a
 * day. The scores replace the stored ones; a domain whose score is new, changed or gone makes its unified account
 * pending, so its owned values and audiences follow. A passing failure ({@link SystemUnavailableException}) keeps
 * the stored scores, and the next run asks again.
 */
final class EngagementRefresh {

    static final String WINDOW = "engagement.window.";

    private final StateStore store;
    private final List<EngagementSource> sources;
    private final Clock clock;

    EngagementRefresh(StateStore store, List<EngagementSource> sources, Clock clock) {
        this.store = store;
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    void refresh(RunReport report) {
        LocalDate to = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        for (EngagementSource source : sources) {
            LocalDate from = to.minusDays(Math.max(1, source.windowDays()) - 1L);
            String window = from + "/" + to;
            String setting = WINDOW + source.system();
            if (window.equals(store.setting(setting).orElse(null))) {
                continue;
            }
            List<AccountEngagement> fetched;
            try {
                fetched = source.engagement(from, to);
            } catch (SystemUnavailableException e) {
                report.sourceCall(source.system());
                continue;
            }
            report.sourceCall(source.system());
            Map<String, Integer> scores = new HashMap<>();
            for (AccountEngagement e : fetched) {
                if (e.domain() != null) {
                    scores.merge(e.domain(), e.score(), Math::max);
                }
            }
            report.engagementChanged(store.replaceEngagement(source.system(), scores, setting, window));
        }
    }
}
