package io.gongjian.evaluation.api.workbook;

import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Indicator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A score workbook as a spreadsheet engine shows it: every formula evaluated afresh by Apache POI's formula evaluator
 * (the values cached in the file are thrown away first), each figure read the way its cell displays it.
 */
public final class WorkbookFigures {

    private final XSSFWorkbook workbook;
    private final XSSFFormulaEvaluator evaluator;
    private final DataFormatter shown = new DataFormatter();

    public WorkbookFigures(byte[] xlsx) {
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        // POI's evaluator computes a formula from the formulas it refers to, never from values cached in the file.
        evaluator.clearAllCachedResultValues();
    }

    /** "" when there is no composite. */
    public String composite() {
        return text(summary(), SummarySheet.COMPOSITE_SHOWN_ROW, 1);
    }

    public String coverage() {
        return text(summary(), SummarySheet.COVERAGE_SHOWN_ROW, 1);
    }

    public String grade() {
        return text(summary(), SummarySheet.GRADE_ROW, 1);
    }

    public String gradeName() {
        return text(summary(), SummarySheet.GRADE_NAME_ROW, 1);
    }

    /** The dimension's score as its cell shows it (2 decimals), "" when not available. */
    public String dimension(Dimension dimension) {
        return text(summary(), SummarySheet.DIMENSIONS_FIRST_ROW + dimension.ordinal(), SummarySheet.SCORE_COLUMN);
    }

    public double dimensionWeight(Dimension dimension) {
        return number(
                summary(),
                SummarySheet.DIMENSIONS_FIRST_ROW + dimension.ordinal(),
                SummarySheet.EFFECTIVE_WEIGHT_COLUMN);
    }

    /** An indicator's raw value, score (as shown, "" when not available) and effective weight. */
    public record IndicatorFigures(boolean available, String raw, String score, double weight) {}

    public IndicatorFigures indicator(Indicator indicator) {
        Sheet sheet = workbook.getSheet(indicator.dimension().chineseName() + " "
                + indicator.dimension().name());
        int row = Indicator.of(indicator.dimension()).indexOf(indicator) + 1;
        return new IndicatorFigures(
                number(sheet, row, 8) == 1, text(sheet, row, 7), text(sheet, row, 10), number(sheet, row, 14));
    }

    private Sheet summary() {
        return workbook.getSheetAt(0);
    }

    private String text(Sheet sheet, int row, int column) {
        return shown.formatCellValue(sheet.getRow(row).getCell(column), evaluator);
    }

    private double number(Sheet sheet, int row, int column) {
        CellValue value = evaluator.evaluate(sheet.getRow(row).getCell(column));
        return value.getNumberValue();
    }
}
