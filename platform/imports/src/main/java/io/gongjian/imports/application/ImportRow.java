package io.gongjian.activity.application;

import io.gongjian.activity.domain.RecordDetails;
import java.util.List;
import java.util.UUID;

/**
 * One row of an uploaded file, read: either the record it asks for, or what is wrong with it as read (unreadable
 * values, a broken constraint, a repeat of an earlier row).
 *
 * @param number the row's number as the spreadsheet shows it
 * @param values the row's cells as uploaded, for the report
 */
public record ImportRow(
        int number, List<String> values, UUID partnershipId, RecordDetails details, List<RowProblem> problems) {

    public ImportRow {
        values = List.copyOf(values);
        problems = List.copyOf(problems);
    }

    public boolean isReadable() {
        return problems.isEmpty();
    }
}
