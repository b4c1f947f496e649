package dev.abmbridge.linkedin;

import java.time.LocalDate;
import java.util.List;

/**
 * Company-level engagement from an ad platform, for the {@code engagement} account field (0 to 100). Defined here
 * because adapter-core has no engagement SPI yet; it is meant to move to {@code dev.abmbridge.core.spi} unchanged.
 */
public interface EngagementSource {

    String system();

    /** Engagement per company over the inclusive date range (UTC days), one entry per registrable domain. */
    List<AccountEngagement> engagement(LocalDate from, LocalDate to);
}
