package io.gongjian.activity.api;

import io.gongjian.activity.domain.RecordStatus;
import io.gongjian.export.ExportColumn;
import io.gongjian.export.TableExport;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The logged records' lists as spreadsheets: each kind's own columns, between the id and partnership every record
 * starts with and the status, revocation reason and version it ends with.
 */
final class RecordTables {

    /** What the response of every kind of logged record shows besides its own fields. */
    interface Logged {
        UUID id();

        UUID partnershipId();

        String externalRef();

        long version();

        String status();

        String revocationReason();
    }

    private RecordTables() {}

    static <R extends Logged> TableExport<R> of(String sheetName, List<ExportColumn<R>> own) {
        List<ExportColumn<R>> columns = new ArrayList<>();
        columns.add(ExportColumn.of("编号", "id", Logged::id));
        columns.add(ExportColumn.of("共建项目编号", "partnership id", Logged::partnershipId));
        columns.add(ExportColumn.of("外部编号", "external ref", Logged::externalRef));
        columns.addAll(own);
        columns.add(ExportColumn.label("状态", "status", row -> RecordStatus.valueOf(row.status())));
        columns.add(ExportColumn.of("撤销原因", "revocation reason", Logged::revocationReason));
        columns.add(ExportColumn.of("版本", "version", Logged::version));
        return new TableExport<>(sheetName, columns);
    }

    /** Several links in one cell, one per line. */
    static String lines(List<String> values) {
        return values == null ? null : String.join("\n", values);
    }
}
