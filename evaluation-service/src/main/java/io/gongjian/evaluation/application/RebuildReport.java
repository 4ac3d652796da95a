package io.gongjian.evaluation.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a rebuild did. */
public record RebuildReport(
        @Schema(description = "Events read from both topics, up to their ends when the rebuild started")
                long eventsRead,
        @Schema(description = "Events that changed the read model (the rest were duplicates or older versions)")
                long eventsApplied,
        @Schema(description = "Unreadable events skipped (they went to the dead-letter topic when first consumed)")
                long eventsMalformed,
        int partnershipsScored,
        long durationMillis) {}
