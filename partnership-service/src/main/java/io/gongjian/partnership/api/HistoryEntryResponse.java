package io.gongjian.partnership.api;

import io.gongjian.partnership.application.ChangeHistory;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "One change: who (from the token), when, which fields from what to what")
public record HistoryEntryResponse(
        @Schema(description = "The version the change produced") long version,
        @Schema(example = "targets set") String action,
        @Schema(example = "lzzy-admin") String actor,
        OffsetDateTime at,
        @Schema(description = "field → {from, to}") Map<String, Map<String, Object>> changes) {

    static HistoryEntryResponse of(ChangeHistory.Entry entry) {
        return new HistoryEntryResponse(entry.version(), entry.action(), entry.actor(), entry.at(), entry.changes());
    }
}
