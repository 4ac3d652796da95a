package io.gongjian.evaluation.application;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A rebuild of the read model as far as it got: what it replays (offsets by {@code topic:partition}), where it
 * reached, what it counted, and which instance runs it (it beats after every step; silent for long, another instance
 * resumes it).
 */
public record ReadModelRebuild(
        UUID id,
        RebuildPhase phase,
        String owner,
        OffsetDateTime heartbeatAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        String schemaVersion,
        Map<String, Long> positions,
        Map<String, Long> targets,
        long eventsToReplay,
        long eventsRead,
        long eventsApplied,
        long eventsMalformed,
        UUID scoredThrough,
        int partnershipsScored,
        String failure) {

    static ReadModelRebuild started(String owner, OffsetDateTime now) {
        return new ReadModelRebuild(
                UUID.randomUUID(),
                RebuildPhase.PREPARING,
                owner,
                now,
                now,
                null,
                null,
                Map.of(),
                Map.of(),
                0,
                0,
                0,
                0,
                null,
                0,
                null);
    }

    /** Run from now on by {@code owner}, from where it got. */
    ReadModelRebuild takenOverBy(String owner, OffsetDateTime now) {
        return new ReadModelRebuild(
                id,
                phase,
                owner,
                now,
                startedAt,
                finishedAt,
                schemaVersion,
                positions,
                targets,
                eventsToReplay,
                eventsRead,
                eventsApplied,
                eventsMalformed,
                scoredThrough,
                partnershipsScored,
                failure);
    }

    /** Tables created for {@code schemaVersion}: the replay reads from the beginning up to {@code targets}. */
    ReadModelRebuild prepared(String schemaVersion, Map<String, Long> targets, long eventsToReplay) {
        return new ReadModelRebuild(
                id,
                RebuildPhase.REPLAYING,
                owner,
                heartbeatAt,
                startedAt,
                null,
                schemaVersion,
                Map.of(),
                Map.copyOf(targets),
                eventsToReplay,
                0,
                0,
                0,
                null,
                0,
                null);
    }

    /** Prepared again from the beginning (the tables it was built in are not those of the database any more). */
    ReadModelRebuild restarted() {
        return new ReadModelRebuild(
                id,
                RebuildPhase.PREPARING,
                owner,
                heartbeatAt,
                startedAt,
                null,
                null,
                Map.of(),
                Map.of(),
                0,
                0,
                0,
                0,
                null,
                0,
                null);
    }

    /** {@code read} more events read, with what applying them counted, up to {@code reached}; then {@code next}. */
    ReadModelRebuild replayed(int read, ScoreUpdates.Replayed counts, Map<String, Long> reached, RebuildPhase next) {
        return new ReadModelRebuild(
                id,
                next,
                owner,
                heartbeatAt,
                startedAt,
                finishedAt,
                schemaVersion,
                Map.copyOf(reached),
                targets,
                eventsToReplay,
                eventsRead + read,
                eventsApplied + counts.applied(),
                eventsMalformed + counts.malformed(),
                scoredThrough,
                partnershipsScored,
                failure);
    }

    /** {@code scored} more partnerships scored, the last {@code through}; then {@code next}. */
    ReadModelRebuild scored(int scored, UUID through, RebuildPhase next) {
        return new ReadModelRebuild(
                id,
                next,
                owner,
                heartbeatAt,
                startedAt,
                finishedAt,
                schemaVersion,
                positions,
                targets,
                eventsToReplay,
                eventsRead,
                eventsApplied,
                eventsMalformed,
                through == null ? scoredThrough : through,
                partnershipsScored + scored,
                failure);
    }

    /** Ended at {@code now}: switched, or failed for {@code failure}. */
    ReadModelRebuild finished(RebuildPhase end, OffsetDateTime now, String failure) {
        return new ReadModelRebuild(
                id,
                end,
                owner,
                now,
                startedAt,
                now,
                schemaVersion,
                positions,
                targets,
                eventsToReplay,
                eventsRead,
                eventsApplied,
                eventsMalformed,
                scoredThrough,
                partnershipsScored,
                failure);
    }

    /** A step done at {@code now}. */
    ReadModelRebuild beat(OffsetDateTime now) {
        return new ReadModelRebuild(
                id,
                phase,
                owner,
                now,
                startedAt,
                finishedAt,
                schemaVersion,
                positions,
                targets,
                eventsToReplay,
                eventsRead,
                eventsApplied,
                eventsMalformed,
                scoredThrough,
                partnershipsScored,
                failure);
    }
}
