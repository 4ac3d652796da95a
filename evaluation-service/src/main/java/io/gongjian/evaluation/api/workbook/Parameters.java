package io.gongjian.evaluation.api.workbook;

import static io.gongjian.evaluation.api.workbook.ScoreWorkbook.absolute;
import static io.gongjian.evaluation.api.workbook.ScoreWorkbook.headings;
import static io.gongjian.evaluation.api.workbook.ScoreWorkbook.text;

import io.gongjian.evaluation.application.ScoreBasis;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Grade;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.export.WorkbookStyles;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

/**
 * The parameters sheet: dimension weights, each indicator's weight inside its dimension and its annual target, the
 * grade thresholds and the minimum coverage, as data the formulas refer to (never numbers inside a formula), so a
 * reader sees where each comes from and can try other values.
 */
final class Parameters {

    /**
     * INDICATORS.md: "Indicators weigh equally inside their dimension" under the default scheme, written as a relative
     * weight of 1 each; a saved scheme's weights as given. The formulas divide by the dimension's sum either way.
     */
    private static final BigDecimal EQUAL_WEIGHT = BigDecimal.ONE;

    private static final int DIMENSIONS_FIRST_ROW = 2;
    private static final int INDICATORS_FIRST_ROW = DIMENSIONS_FIRST_ROW + Dimension.values().length + 3;
    private static final int GRADES_FIRST_ROW = INDICATORS_FIRST_ROW + Indicator.values().length + 3;
    private static final int MINIMUM_COVERAGE_ROW = GRADES_FIRST_ROW + Grade.values().length;

    private final Sheet sheet;
    private final ScoreBasis basis;

    Parameters(Sheet sheet, ScoreBasis basis) {
        this.sheet = sheet;
        this.basis = basis;
    }

    private double relativeIndicatorWeight(Indicator indicator) {
        return basis.scheme().isDefault()
                ? EQUAL_WEIGHT.doubleValue()
                : basis.scheme().indicatorWeights().get(indicator).doubleValue();
    }

    String dimensionWeight(Dimension dimension) {
        return absolute(sheet, DIMENSIONS_FIRST_ROW + dimension.ordinal(), 3);
    }

    String indicatorWeight(Indicator indicator) {
        return absolute(sheet, INDICATORS_FIRST_ROW + indicator.ordinal(), 5);
    }

    String target(Indicator indicator) {
        return absolute(sheet, INDICATORS_FIRST_ROW + indicator.ordinal(), 6);
    }

    String gradeCode(Grade grade) {
        return absolute(sheet, GRADES_FIRST_ROW + grade.ordinal(), 0);
    }

    String gradeLowestComposite(Grade grade) {
        return absolute(sheet, GRADES_FIRST_ROW + grade.ordinal(), 2);
    }

    /** Grade codes and their Chinese names, for a VLOOKUP of the grade's name. */
    String gradeNames() {
        String name = sheet.getSheetName();
        return new AreaReference(
                        new CellReference(name, GRADES_FIRST_ROW, 0, true, true),
                        new CellReference(name, GRADES_FIRST_ROW + Grade.values().length - 1, 1, true, true),
                        SpreadsheetVersion.EXCEL2007)
                .formatAsString();
    }

    String minimumCoverage() {
        return absolute(sheet, MINIMUM_COVERAGE_ROW, 2);
    }

    void write(WorkbookStyles styles) {
        for (int c = 0; c < 8; c++) {
            sheet.setColumnWidth(c, 256 * (c == 0 ? 28 : 18));
        }
        text(sheet.createRow(0), 0, "维度权重 Dimension weights").setCellStyle(styles.header());
        headings(
                sheet.createRow(DIMENSIONS_FIRST_ROW - 1),
                styles,
                List.of(
                        new String[] {"维度", "dimension"},
                        new String[] {"名称", "name (zh)"},
                        new String[] {"英文名称", "name (en)"},
                        new String[] {"权重", "weight"}));
        for (Dimension dimension : Dimension.values()) {
            Row row = sheet.createRow(DIMENSIONS_FIRST_ROW + dimension.ordinal());
            text(row, 0, dimension.name());
            text(row, 1, dimension.chineseName());
            text(row, 2, dimension.englishName());
            row.createCell(3)
                    .setCellValue(
                            basis.scheme().dimensionWeights().get(dimension).doubleValue());
        }

        text(sheet.createRow(INDICATORS_FIRST_ROW - 2), 0, "指标权重与年度目标 Indicator weights and annual targets")
                .setCellStyle(styles.header());
        headings(
                sheet.createRow(INDICATORS_FIRST_ROW - 1),
                styles,
                List.of(
                        new String[] {"指标", "indicator"},
                        new String[] {"名称", "name (zh)"},
                        new String[] {"英文名称", "name (en)"},
                        new String[] {"维度", "dimension"},
                        new String[] {"评分方式", "scoring"},
                        new String[] {"维度内权重（相对）", "weight in dimension (relative)"},
                        new String[] {"年度目标", "annual target (volume)"},
                        new String[] {"目标来源", "target from"}));
        for (Indicator indicator : Indicator.values()) {
            Row row = sheet.createRow(INDICATORS_FIRST_ROW + indicator.ordinal());
            text(row, 0, indicator.name());
            text(row, 1, indicator.chineseName());
            text(row, 2, indicator.englishName());
            text(row, 3, indicator.dimension().name());
            text(row, 4, indicator.scoring().name());
            row.createCell(5).setCellValue(relativeIndicatorWeight(indicator));
            BigDecimal target =
                    basis.scheme().targetFor(indicator, basis.facts().targets());
            if (target != null) {
                row.createCell(6).setCellValue(target.doubleValue());
                text(
                        row,
                        7,
                        basis.facts().targets().containsKey(indicator.name())
                                ? "合作协议 agreement"
                                : basis.scheme().targets().containsKey(indicator)
                                                && !basis.scheme().isDefault()
                                        ? "权重方案 weight scheme " + basis.scheme().scope() + " v"
                                                + basis.scheme().version()
                                        : "方案默认 scheme default");
            }
        }

        text(sheet.createRow(GRADES_FIRST_ROW - 2), 0, "等级 Grades").setCellStyle(styles.header());
        headings(
                sheet.createRow(GRADES_FIRST_ROW - 1),
                styles,
                List.of(new String[] {"等级", "grade"}, new String[] {"名称", "name (zh)"}, new String[] {
                    "综合得分不低于", "composite at least"
                }));
        for (Grade grade : Grade.values()) {
            Row row = sheet.createRow(GRADES_FIRST_ROW + grade.ordinal());
            text(row, 0, grade.name());
            text(row, 1, grade.chineseName());
            grade.lowestComposite().ifPresent(lowest -> row.createCell(2).setCellValue(lowest.doubleValue()));
        }
        Row coverage = sheet.createRow(MINIMUM_COVERAGE_ROW);
        text(coverage, 0, "最低覆盖率（低于此为数据不足）");
        text(coverage, 1, "minimum coverage (below: INSUFFICIENT_DATA)");
        coverage.createCell(2).setCellValue(Grade.MINIMUM_COVERAGE.doubleValue());
    }
}
