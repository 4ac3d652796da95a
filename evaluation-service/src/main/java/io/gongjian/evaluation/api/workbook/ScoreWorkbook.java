package io.gongjian.evaluation.api.workbook;

import io.gongjian.evaluation.application.ScoreBasis;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Grade;
import io.gongjian.export.WorkbookStyles;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The score workbook (issue 14, the openness principle of INDICATORS.md made checkable): a summary sheet, the
 * parameters (weights, targets, grade thresholds), a sheet per dimension and the sheets of records, in which every
 * figure from the raw values to the grade is a formula over the records and the parameters. Opened in Excel, WPS
 * or LibreOffice it shows the API's figures; change a record or a weight and the figures follow. The formulas are
 * INDICATORS.md written as spreadsheet formulas; the only Java that computes scores stays in the domain.
 *
 * <p>Written with XSSF, not streamed: the workbook is one partnership's records, and its formulas are evaluated
 * before it is sent so that viewers that do not recalculate (previews in mail and chat apps) show the figures too.
 */
public final class ScoreWorkbook {

    private ScoreWorkbook() {}

    /** @param api the API's base address, for the link to each record ({@code …/api/v1/}) */
    public static void write(ScoreBasis basis, URI api, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            Sheet summary = workbook.createSheet("总分 Summary");
            Parameters parameters = new Parameters(workbook.createSheet("参数 Parameters"), basis);
            Map<Dimension, DimensionSheet> dimensions = new EnumMap<>(Dimension.class);
            for (Dimension dimension : Dimension.values()) {
                dimensions.put(
                        dimension,
                        new DimensionSheet(
                                workbook.createSheet(dimension.chineseName() + " " + dimension.name()), dimension));
            }
            Evidence evidence = new Evidence(workbook, basis.facts(), api);

            // Names first: a formula that uses one can only be set once the name exists.
            defineName(workbook, "AsOf", absolute(summary, SummarySheet.AS_OF_ROW, 1));
            defineName(workbook, "WindowDays", absolute(summary, SummarySheet.WINDOW_DAYS_ROW, 1));
            defineName(workbook, "WindowFirstDay", absolute(summary, SummarySheet.FIRST_DAY_ROW, 1));
            defineName(workbook, "Annual", absolute(summary, SummarySheet.ANNUAL_ROW, 1));
            defineName(workbook, "MinimumCoverage", parameters.minimumCoverage());
            defineName(workbook, "Composite", absolute(summary, SummarySheet.COMPOSITE_ROW, 1));
            defineName(workbook, "Coverage", absolute(summary, SummarySheet.COVERAGE_ROW, 1));
            defineName(workbook, "Grade", absolute(summary, SummarySheet.GRADE_ROW, 1));
            SummarySheet.write(summary, basis, parameters, dimensions, styles);
            parameters.write(styles);
            for (var sheet : dimensions.entrySet()) {
                sheet.getValue()
                        .write(parameters, evidence, SummarySheet.effectiveWeight(summary, sheet.getKey()), styles);
            }
            evidence.write(styles);

            workbook.setForceFormulaRecalculation(true);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.write(out);
        }
    }

    private static void defineName(XSSFWorkbook workbook, String name, String cell) {
        Name defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula(cell);
    }

    static String absolute(Sheet sheet, int row, int column) {
        return new CellReference(sheet.getSheetName(), row, column, true, true).formatAsString();
    }

    static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    static Cell formula(Row row, int column, String formula, WorkbookStyles styles) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(styles.decimal());
        return cell;
    }

    static void headings(Row row, WorkbookStyles styles, List<String[]> headings) {
        for (int c = 0; c < headings.size(); c++) {
            Cell cell = text(row, c, WorkbookStyles.heading(headings.get(c)[0], headings.get(c)[1]));
            cell.setCellStyle(styles.header());
        }
    }

    /** The grades reached by a threshold, best first, for the grade formula. */
    static List<Grade> gradesByThreshold() {
        return java.util.Arrays.stream(Grade.values())
                .filter(grade -> grade.lowestComposite().isPresent())
                .toList();
    }
}
