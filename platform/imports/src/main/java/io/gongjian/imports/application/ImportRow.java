package io.gongjian.imports.application;

import io.gongjian.imports.domain.RowProblem;
import java.util.List;

/**
 * One row of an uploaded file, read: either the request it makes (of its kind's request record, checked as a POST
 * body is), or what is wrong with it as read (unreadable values, a broken constraint, a repeat of an earlier row).
 *
 * @param number the row's number as the spreadsheet shows it
 * @param values the row's cells as uploaded, for the report
 */
public record ImportRow(int number, List<String> values, Object request, List<RowProblem> problems) {

    public ImportRow {
        values = List.copyOf(values);
        problems = List.copyOf(problems);
    }

    public static ImportRow refused(int number, List<String> values, List<RowProblem> problems) {
        return new ImportRow(number, values, null, problems);
    }

    public boolean isReadable() {
        return problems.isEmpty();
    }
}
