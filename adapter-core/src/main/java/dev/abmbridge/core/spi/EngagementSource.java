package dev.abmbridge.core.spi;

import java.time.LocalDate;
import java.util.List;

/**
 * Company-level engagement from an ad platform, for the {@code engagement} account field (0 to 100). The engine
 * asks each configured source at most once per run, and only when the window has moved (once a UTC day): the
 * window is the last {@link #windowDays()} days ending yesterday (UTC).
 */
public interface EngagementSource {

    String system();

    /** Engagement per company over the inclusive date range (UTC days), one entry per registrable domain. */
    List<AccountEngagement> engagement(LocalDate from, LocalDate to);

    /** Length of the rolling window the engine asks for. */
    default int windowDays() {
        return 90;
    }
}
