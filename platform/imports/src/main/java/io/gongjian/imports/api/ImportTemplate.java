package io.gongjian.imports.api;

import io.gongjian.commons.api.EnumLabels;
import io.gongjian.export.WorkbookStyles;
import io.gongjian.imports.application.ImportBinding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook a clerk fills in for an import: the headings (Chinese above the field's name), one example row, and
 * for every enum column a drop-down of its Chinese labels, as the import reads them back.
 */
final class ImportTemplate {

    private ImportTemplate() {}

    static void write(ImportBinding<?> kind, int rows, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            XSSFSheet sheet = workbook.createSheet(kind.kind().code());
            Row heading = sheet.createRow(0);
            Row example = sheet.createRow(1);
            DataValidationHelper validations = sheet.getDataValidationHelper();
            for (int c = 0; c < kind.columns().size(); c++) {
                ImportBinding.Column column = kind.columns().get(c);
                Cell cell = heading.createCell(c);
                cell.setCellValue(WorkbookStyles.heading(column.chinese(), column.english()));
                cell.setCellStyle(styles.header());
                sheet.setColumnWidth(c, 256 * 20);
                String value = kind.example().get(column.english());
                if (value != null) {
                    example.createCell(c).setCellValue(value);
                }
                if (column.type().isEnum()) {
                    DataValidation dropDown = validations.createValidation(
                            validations.createExplicitListConstraint(labels(column.type())),
                            new CellRangeAddressList(1, rows, c, c));
                    dropDown.setShowErrorBox(true);
                    sheet.addValidationData(dropDown);
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    /** The Chinese labels of an enum, in its order (its codes where the catalogue has none). */
    static String[] labels(Class<?> type) {
        Map<String, EnumLabels.Label> labels = EnumLabels.all().getOrDefault(type.getSimpleName(), Map.of());
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name())
                .map(code -> labels.containsKey(code) ? labels.get(code).zh() : code)
                .toArray(String[]::new);
    }
}
