package io.gongjian.evaluation.domain.benchmarks;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One hand-over of a benchmark's host role: the host showed its practice at one of its activities (a site visit, a
 * symposium) and handed the role on to the next partnership.
 *
 * @param sequence 1, 2, … along the benchmark's chain
 * @param hostPartnershipId the host that showed: the benchmark's partnership for the first relay, else the previous
 *     relay's next host
 * @param note what the recorder adds, when anything
 */
public record Relay(
        UUID benchmarkId,
        int sequence,
        UUID hostPartnershipId,
        UUID activityId,
        UUID nextPartnershipId,
        OffsetDateTime recordedAt,
        String recordedBy,
        String note) {

    public static final int MAX_NOTE = 1000;
}
