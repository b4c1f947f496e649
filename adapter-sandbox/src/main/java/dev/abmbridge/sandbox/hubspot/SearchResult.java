package dev.abmbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * What a search returns: the records of the page it asks for (from {@code after}, at most {@code limit}, in its
 * order) and the number of records matching it.
 */
record SearchResult(List<HubSpotRecord> page, int total) {

    SearchResult {
        page = List.copyOf(page);
    }

    /**
     * One pass over every record. Only the first {@code after + limit} matches in order are needed: they are kept
     * in a bounded heap (largest on top) instead of sorting every match.
     */
    static SearchResult scanned(Collection<HubSpotRecord> records, SearchRequest search) {
        int keep = search.after + search.limit;
        PriorityQueue<HubSpotRecord> first = new PriorityQueue<>(Math.max(1, Math.min(keep, 1_024)), search.order.reversed());
        int total = 0;
        for (HubSpotRecord record : records) {
            if (search.filter.test(record)) {
                total++;
                if (first.size() < keep) {
                    first.add(record);
                } else if (keep > 0 && search.order.compare(record, first.peek()) < 0) {
                    first.poll();
                    first.add(record);
                }
            }
        }
        List<HubSpotRecord> matched = new ArrayList<>(first);
        matched.sort(search.order);
        return new SearchResult(from(matched, search.after), total);
    }

    /**
     * A walk of the plan's key ranges in the search's order, testing each record against the full filter and
     * stopping at {@code after + limit} matches; the total comes from the ranges' sizes (less the NOT_IN ids that
     * fail the filter) when the plan is exact, else from walking the ranges to their end. The caller holds the
     * store's lock.
     */
    static SearchResult indexed(HubSpotObjectStore store, ModifiedIndex index, SearchRequest search) {
        IndexedSearchPlan plan = search.plan;
        int keep = search.after + search.limit;
        List<HubSpotRecord> matched = new ArrayList<>(Math.min(keep, 1_024));
        int walkedMatches = 0;
        for (KeyRange range : plan.ranges()) {
            Iterator<ModifiedKey> keys = index.walk(range);
            while (keys.hasNext() && (!plan.exact() || matched.size() < keep)) {
                HubSpotRecord record = store.recordLocked(keys.next().id());
                if (search.filter.test(record)) {
                    walkedMatches++;
                    if (matched.size() < keep) {
                        matched.add(record);
                    }
                }
            }
            if (plan.exact() && matched.size() >= keep) {
                break;
            }
        }
        int total = plan.exact() ? exactTotal(store, index, search) : walkedMatches;
        return new SearchResult(from(matched, search.after), total);
    }

    private static int exactTotal(HubSpotObjectStore store, ModifiedIndex index, SearchRequest search) {
        IndexedSearchPlan plan = search.plan;
        int total = 0;
        for (KeyRange range : plan.ranges()) {
            total += index.count(range);
        }
        // In an exact plan a record inside the ranges fails the filter only by a NOT_IN: those few are tested one by one.
        for (long id : plan.excluded()) {
            ModifiedKey key = index.key(id);
            if (key != null && plan.ranges().stream().anyMatch(r -> r.contains(key)) && !search.filter.test(store.recordLocked(id))) {
                total--;
            }
        }
        return total;
    }

    private static List<HubSpotRecord> from(List<HubSpotRecord> matched, int after) {
        return after >= matched.size() ? List.of() : matched.subList(after, matched.size());
    }
}
