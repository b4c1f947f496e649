package dev.abmbridge.app.runtime;

import java.util.ArrayList;
import java.util.List;

/** Events of several instances in one total order (each add is synchronized), to check for overlapping syncs. */
final class Timeline {

    record Event(int seq, String instance, String what) {
        @Override
        public String toString() {
            return seq + " " + instance + " " + what;
        }
    }

    private final List<Event> events = new ArrayList<>();

    synchronized void add(String instance, String what) {
        events.add(new Event(events.size(), instance, what));
    }

    synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** The most syncs ever between their "start" and "end" at once. */
    synchronized int maxConcurrentSyncs() {
        int inside = 0;
        int max = 0;
        for (Event e : events) {
            if (e.what().equals("start")) {
                max = Math.max(max, ++inside);
            } else if (e.what().equals("end")) {
                inside--;
            }
        }
        return max;
    }

    synchronized long count(String what) {
        return events.stream().filter(e -> e.what().equals(what)).count();
    }

    synchronized long count(String instance, String what) {
        return events.stream().filter(e -> e.instance().equals(instance) && e.what().equals(what)).count();
    }
}
