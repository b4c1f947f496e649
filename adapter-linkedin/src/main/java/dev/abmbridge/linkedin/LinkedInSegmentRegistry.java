package dev.abmbridge.linkedin;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What the connector remembers about its segments: the DMP segment id of each (audience, type), so a segment is
 * found again and never created twice, and the members it holds (LinkedIn offers no read of a segment's members),
 * for the minimum-size guard and for re-planning after a crash.
 */
public interface LinkedInSegmentRegistry {

    Optional<String> segmentId(String audienceId, LinkedInSegmentType type);

    void saveSegmentId(String audienceId, LinkedInSegmentType type, String segmentId);

    /** How many members the segment holds as far as ABM Bridge knows. */
    int memberCount(String audienceId, LinkedInSegmentType type);

    /** Which of these keys the segment holds. */
    Set<String> members(String audienceId, LinkedInSegmentType type, Collection<String> keys);

    /** Members LinkedIn accepted in one call. */
    void applied(String audienceId, LinkedInSegmentType type, Collection<String> added, Collection<String> removed);
}
