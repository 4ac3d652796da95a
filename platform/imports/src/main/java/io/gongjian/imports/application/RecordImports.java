package io.gongjian.imports.application;

import io.gongjian.commons.security.Caller;
import io.gongjian.imports.domain.ImportMode;
import io.gongjian.imports.domain.RowOutcome;
import io.gongjian.records.api.RecordRequest;
import io.gongjian.records.application.RecordLifecycle;
import io.gongjian.records.application.RecordLifecycle.WhenDifferent;
import io.gongjian.records.domain.Details;
import java.util.UUID;

/**
 * How a row becomes a versioned record: through the record's single-POST use case, under the row's
 * {@code externalRef}. A row naming a record that says the same changes nothing (so a file uploaded twice changes
 * nothing the second time); one naming a record that says something else amends it or is refused, as the mode says.
 */
public final class RecordImports {

    private RecordImports() {}

    /** Records the row's request for the partnership it names. */
    public static <D extends Details> RowOutcome record(
            RecordLifecycle<D, ?, ?> records, Caller caller, RecordRequest<? extends D> request, ImportMode mode) {
        return record(records, caller, request.partnershipId(), request.externalRef(), request.toDetails(), mode);
    }

    /** Records {@code details} for {@code partnershipId}, when the row does not name its partnership itself. */
    public static <D extends Details> RowOutcome record(
            RecordLifecycle<D, ?, ?> records,
            Caller caller,
            UUID partnershipId,
            String externalRef,
            D details,
            ImportMode mode) {
        return switch (records.create(
                        caller,
                        partnershipId,
                        externalRef,
                        details,
                        mode.amendsRecordsItNames() ? WhenDifferent.AMEND : WhenDifferent.REFUSE)
                .outcome()) {
            case CREATED -> RowOutcome.CREATED;
            case UNCHANGED -> RowOutcome.UNCHANGED;
            case AMENDED -> RowOutcome.AMENDED;
        };
    }
}
