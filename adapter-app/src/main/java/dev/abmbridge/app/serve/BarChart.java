package dev.abmbridge.app.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A horizontal bar chart laid out for inline SVG: the template draws each bar from these numbers, so the page
 * needs no script and no external asset; labels stay text for the template engine to escape.
 */
record BarChart(String title, int width, int height, List<Bar> bars, boolean empty) {

    static final int LABEL_WIDTH = 130;
    static final int BAR_AREA = 300;
    static final int ROW = 26;

    record Bar(String label, long count, String share, int y, int textY, int barWidth, int countX) {
    }

    static BarChart of(String title, Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            long n = e.getValue();
            int w = max == 0 ? 0 : (int) Math.max(n > 0 ? 2 : 0, Math.round(BAR_AREA * (double) n / max));
            int y = i * ROW + 4;
            String share = total == 0 ? "0%" : String.format(Locale.ROOT, "%.0f%%", 100.0 * n / total);
            bars.add(new Bar(e.getKey(), n, share, y, y + 14, w, LABEL_WIDTH + w + 6));
            i++;
        }
        return new BarChart(title, LABEL_WIDTH + BAR_AREA + 90, Math.max(ROW, i * ROW + 8), bars, total == 0);
    }
}
