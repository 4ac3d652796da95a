package io.gongjian.evaluation.api;

import io.gongjian.evaluation.application.ChangeFeedService;
import io.gongjian.evaluation.application.OpenWarning;
import io.gongjian.evaluation.application.ScoreChange;
import io.gongjian.evaluation.domain.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoreChanges", description = "One page of the change feed, oldest first")
public record ChangeFeedResponse(
        @Schema(description = "The changes after your cursor that you may see, in order") List<Change> items,
        @Schema(
                        description = "Ask with this cursor next (`after`); the same as yours when nothing changed"
                                + " since",
                        example = "YzE6NDI")
                String next) {

    @Schema(name = "ScoreChange", description = "A change of a partnership's current scores or status")
    public record Change(
            UUID partnershipId,
            @Schema(example = "450200") String regionCode,
            @Schema(description = "When the change was committed") OffsetDateTime changedAt,
            @Schema(
                            description = "What changed it: RECORD (a logged activity, exchange, achievement or"
                                    + " conversion), INPUT (an assessment, survey batch or rectification item),"
                                    + " PARTNERSHIP (its status, parties or targets), ORGANIZATION (a member count),"
                                    + " WINDOW_SHIFT (a new day moved the window), REBUILD, WARNING (the warning scan"
                                    + " opened or ended early warnings)",
                            enumeration = {
                                "RECORD",
                                "INPUT",
                                "PARTNERSHIP",
                                "ORGANIZATION",
                                "WINDOW_SHIFT",
                                "REBUILD",
                                "WARNING"
                            })
                    String cause,
            @Schema(
                            nullable = true,
                            description = "Which record, input or partnership, e.g. activities/{id}; for WARNING the"
                                    + " first warning opened or ended (warnings/{id}); null for a window shift or a"
                                    + " rebuild",
                            example = "activities/1f0c0a52-3c1e-4e49-9a0b-0c2a4e9f1d11")
                    String causeReference,
            @Schema(
                            description =
                                    "What differs from the partnership's previous change: composite, grade, dimensions,"
                                            + " status (all four on its first), warnings (the open early warnings)")
                    List<String> changed,
            @Schema(
                            enumeration = {"DRAFT", "ACTIVE", "SUSPENDED", "TERMINATED", "EXPIRED"},
                            example = "ACTIVE")
                    String status,
            @Schema(description = "The day the scores are as of (default window)") LocalDate asOf,
            @Schema(nullable = true, description = "Composite score 0–100; null while not enough is known")
                    BigDecimal composite,
            @Schema(example = "GOOD") Grade grade,
            @Schema(description = "Dimension scores by dimension; null for a dimension without data")
                    Map<String, BigDecimal> dimensions,
            @Schema(description = "The early warnings open after the change (GET /api/v1/evaluation/warnings)")
                    List<OpenWarning> warnings) {

        static Change of(ScoreChange change) {
            return new Change(
                    change.partnershipId(),
                    change.regionCode(),
                    change.changedAt(),
                    change.cause().kind(),
                    change.cause().reference(),
                    change.changed(),
                    change.status(),
                    change.asOf(),
                    change.composite(),
                    Grade.valueOf(change.grade()),
                    change.dimensions(),
                    change.warnings());
        }
    }

    static ChangeFeedResponse of(ChangeFeedService.Changes changes) {
        return new ChangeFeedResponse(changes.items().stream().map(Change::of).toList(), changes.next());
    }
}
