package io.gongjian.evaluation.api;

import io.gongjian.evaluation.application.ReadModelRebuild;
import io.gongjian.evaluation.application.RebuildPhase;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReadModelRebuild", description = "A rebuild of the evaluation read model and how far it got")
public record RebuildStatus(
        UUID id,
        @Schema(description = "SWITCHED: the rebuilt model is live; FAILED: the live model is as it was")
                RebuildPhase phase,
        OffsetDateTime startedAt,
        @Schema(
                        description =
                                "When its last step ended: a rebuild silent for two minutes is resumed by another instance")
                OffsetDateTime updatedAt,
        @Schema(nullable = true) OffsetDateTime finishedAt,
        @Schema(description = "Events in both topics when it started: the replay reads these first")
                long eventsToReplay,
        @Schema(description = "Events read so far, those written since it started included") long eventsRead,
        @Schema(description = "Events that changed the read model (the rest were duplicates or older versions)")
                long eventsApplied,
        @Schema(description = "Unreadable events skipped (they went to the dead-letter topic when first consumed)")
                long eventsMalformed,
        int partnershipsScored,
        @Schema(nullable = true, description = "Why it failed") String failure) {

    static RebuildStatus of(ReadModelRebuild rebuild) {
        return new RebuildStatus(
                rebuild.id(),
                rebuild.phase(),
                rebuild.startedAt(),
                rebuild.heartbeatAt(),
                rebuild.finishedAt(),
                rebuild.eventsToReplay(),
                rebuild.eventsRead(),
                rebuild.eventsApplied(),
                rebuild.eventsMalformed(),
                rebuild.partnershipsScored(),
                rebuild.failure());
    }

    /** Where it is read: Location of the answer that started it. */
    static String path(UUID id) {
        return "/api/v1/evaluation/read-model/rebuilds/" + id;
    }
}
