package io.gongjian.evaluation.api.workbook;

import io.gongjian.export.Cells;
import io.gongjian.export.WorkbookStyles;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

/**
 * One sheet of records: a heading row, then one row per record with its values as recorded and the formulas that
 * decide how it counts (in the window, as of the date, …). A formula column is a template in which {@code {r}}
 * stands for the row's own number, so every row reads like the one above it.
 */
final class RecordSheet<T> {

    /** A column: either a value of the record or a formula over the row ({@code formula} non-null). */
    record Column<T>(String chinese, String english, Function<T, Object> value, String formula) {}

    static <T> Column<T> value(String chinese, String english, Function<T, Object> value) {
        return new Column<>(chinese, english, value, null);
    }

    static <T> Column<T> formula(String chinese, String english, String template) {
        return new Column<>(chinese, english, null, template);
    }

    private final Sheet sheet;
    private final List<T> records;
    private List<Column<T>> columns = List.of();

    RecordSheet(Sheet sheet, List<T> records) {
        this.sheet = sheet;
        this.records = List.copyOf(records);
    }

    /**
     * The cells of column {@code letter} over the record rows, as an absolute reference from another sheet. Known
     * before the sheet is written (it depends on the number of records only), so sheets may refer to each other. An
     * empty sheet still spans one (blank) row: a sum over it is 0, a count 0.
     */
    String range(String letter) {
        int last = Math.max(records.size(), 1);
        int column = CellReference.convertColStringToIndex(letter);
        return new AreaReference(
                        new CellReference(sheet.getSheetName(), 1, column, true, true),
                        new CellReference(sheet.getSheetName(), last, column, true, true),
                        SpreadsheetVersion.EXCEL2007)
                .formatAsString();
    }

    void write(List<Column<T>> columns, WorkbookStyles styles) {
        this.columns = List.copyOf(columns);
        Row heading = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = heading.createCell(c);
            cell.setCellValue(WorkbookStyles.heading(
                    columns.get(c).chinese(), columns.get(c).english()));
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, 256 * (columns.get(c).value() == null ? 14 : 20));
        }
        sheet.createFreezePane(0, 1);
        for (int i = 0; i < records.size(); i++) {
            Row row = sheet.createRow(i + 1);
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                Cell cell = row.createCell(c);
                if (column.formula() != null) {
                    cell.setCellFormula(column.formula().replace("{r}", Integer.toString(i + 2)));
                } else {
                    Cells.put(cell, column.value().apply(records.get(i)), styles);
                }
            }
        }
    }
}
