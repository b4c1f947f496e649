package dev.abmbridge.core.scoring;

import java.util.List;

/** The buckets of the committee-coverage distribution in summaries. */
final class CoverageBuckets {

    static final List<String> NAMES = List.of("0%", "1-24%", "25-49%", "50-74%", "75-99%", "100%");

    private CoverageBuckets() {
    }

    static String of(int percent) {
        if (percent <= 0) {
            return NAMES.get(0);
        }
        if (percent >= 100) {
            return NAMES.get(5);
        }
        return NAMES.get(1 + percent / 25);
    }
}
