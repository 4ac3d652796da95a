package io.gongjian.evaluation.api.workbook;

import static io.gongjian.evaluation.api.workbook.ScoreWorkbook.absolute;
import static io.gongjian.evaluation.api.workbook.ScoreWorkbook.formula;
import static io.gongjian.evaluation.api.workbook.ScoreWorkbook.headings;
import static io.gongjian.evaluation.api.workbook.ScoreWorkbook.text;

import io.gongjian.evaluation.application.ScoreBasis;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Grade;
import io.gongjian.export.Cells;
import io.gongjian.export.WorkbookStyles;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The first sheet: which partnership, which window, the five dimensions, the composite, coverage and grade. Composite
 * = Σ weight × score over the available dimensions ÷ Σ of their weights; coverage = Σ over dimensions of (weight ÷ Σ
 * weights) × the share of its indicators' weight that was available.
 */
final class SummarySheet {

    static final int AS_OF_ROW = 5;
    static final int WINDOW_DAYS_ROW = 6;
    static final int FIRST_DAY_ROW = 7;
    static final int ANNUAL_ROW = 8;
    static final int DIMENSIONS_FIRST_ROW = 11;
    static final int COMPOSITE_ROW = DIMENSIONS_FIRST_ROW + 6;
    static final int COMPOSITE_SHOWN_ROW = COMPOSITE_ROW + 1;
    static final int COVERAGE_ROW = COMPOSITE_ROW + 2;
    static final int COVERAGE_SHOWN_ROW = COMPOSITE_ROW + 3;
    static final int GRADE_ROW = COMPOSITE_ROW + 4;
    static final int GRADE_NAME_ROW = COMPOSITE_ROW + 5;
    /** Columns of a dimension's row. */
    static final int SCORE_COLUMN = 5;

    static final int EFFECTIVE_WEIGHT_COLUMN = 8;

    /**
     * Grades and coverage compare the composite rounded to 9 decimals: binary floating point makes an exact 0.5 or 90
     * come out a hair below; the API compares at 34 significant digits.
     */
    private static final int COMPARED_DECIMALS = 9;

    private SummarySheet() {}

    static String effectiveWeight(Sheet summary, Dimension dimension) {
        return absolute(summary, DIMENSIONS_FIRST_ROW + dimension.ordinal(), EFFECTIVE_WEIGHT_COLUMN);
    }

    static void write(
            Sheet sheet,
            ScoreBasis basis,
            Parameters parameters,
            Map<Dimension, DimensionSheet> dimensions,
            WorkbookStyles styles) {
        sheet.setColumnWidth(0, 256 * 30);
        for (int c = 1; c < 10; c++) {
            sheet.setColumnWidth(c, 256 * 16);
        }
        text(sheet.createRow(0), 0, "共建成效评分工作簿 Co-construction score workbook").setCellStyle(styles.header());
        line(sheet, 1, "共建项目 partnership id", basis.partnership().id(), styles);
        line(sheet, 2, "项目编号 code", basis.partnership().code(), styles);
        line(sheet, 3, "项目名称 title", basis.partnership().title(), styles);
        line(sheet, 4, "行政区划 region code", basis.partnership().regionCode(), styles);
        line(sheet, AS_OF_ROW, "评估日 as of (D)", basis.window().asOf(), styles);
        line(sheet, WINDOW_DAYS_ROW, "窗口天数 window days (W)", basis.window().days(), styles);
        Row firstDay = sheet.createRow(FIRST_DAY_ROW);
        text(firstDay, 0, "窗口起始日 first day (D − W + 1)");
        formula(firstDay, 1, "AsOf-WindowDays+1", styles).setCellStyle(styles.date());
        Row annual = sheet.createRow(ANNUAL_ROW);
        text(annual, 0, "年化系数 annual (365 / W)");
        formula(annual, 1, "365/WindowDays", styles);

        headings(
                sheet.createRow(DIMENSIONS_FIRST_ROW - 1),
                styles,
                List.of(
                        new String[] {"维度", "dimension"},
                        new String[] {"名称", "name (zh)"},
                        new String[] {"英文名称", "name (en)"},
                        new String[] {"权重", "weight"},
                        new String[] {"可用", "available"},
                        new String[] {"维度得分", "score"},
                        new String[] {"可用权重", "available weight"},
                        new String[] {"权重×得分", "weight × score"},
                        new String[] {"综合权重", "effective weight"},
                        new String[] {"可用指标权重占比", "available share"}));
        int first = DIMENSIONS_FIRST_ROW + 1;
        int last = DIMENSIONS_FIRST_ROW + Dimension.values().length;
        for (Dimension dimension : Dimension.values()) {
            DimensionSheet source = dimensions.get(dimension);
            int r = DIMENSIONS_FIRST_ROW + dimension.ordinal() + 1;
            Row row = sheet.createRow(r - 1);
            text(row, 0, dimension.name());
            text(row, 1, dimension.chineseName());
            text(row, 2, dimension.englishName());
            formula(row, 3, parameters.dimensionWeight(dimension), styles);
            formula(row, 4, source.available(), styles);
            formula(row, SCORE_COLUMN, "IF(E" + r + "=1," + source.score() + ",\"\")", styles);
            formula(row, 6, "IF(E" + r + "=1,D" + r + ",0)", styles);
            formula(row, 7, "IF(E" + r + "=1,D" + r + "*F" + r + ",0)", styles);
            formula(
                    row,
                    EFFECTIVE_WEIGHT_COLUMN,
                    "IF(E" + r + "=1,D" + r + "/SUM($G$" + first + ":$G$" + last + "),0)",
                    styles);
            formula(row, 9, source.availableShare(), styles);
        }
        String composite = "$B$" + (COMPOSITE_ROW + 1);
        String coverage = "$B$" + (COVERAGE_ROW + 1);
        Row compositeRow = sheet.createRow(COMPOSITE_ROW);
        text(compositeRow, 0, "综合得分 composite");
        formula(
                compositeRow,
                1,
                "IF(SUM($G$" + first + ":$G$" + last + ")=0,\"\",SUM($H$" + first + ":$H$" + last + ")/SUM($G$" + first
                        + ":$G$" + last + "))",
                styles);
        Row compositeShown = sheet.createRow(COMPOSITE_SHOWN_ROW);
        text(compositeShown, 0, "综合得分（保留两位） composite, shown");
        formula(compositeShown, 1, "IF(" + composite + "=\"\",\"\",ROUND(" + composite + ",2))", styles);
        Row coverageRow = sheet.createRow(COVERAGE_ROW);
        text(coverageRow, 0, "覆盖率 coverage");
        formula(
                coverageRow,
                1,
                "SUMPRODUCT($D$" + first + ":$D$" + last + ",$J$" + first + ":$J$" + last + ")/SUM($D$" + first + ":$D$"
                        + last + ")",
                styles);
        Row coverageShown = sheet.createRow(COVERAGE_SHOWN_ROW);
        text(coverageShown, 0, "覆盖率（保留两位） coverage, shown");
        formula(coverageShown, 1, "ROUND(" + coverage + ",2)", styles);
        Row grade = sheet.createRow(GRADE_ROW);
        text(grade, 0, "等级 grade");
        formula(grade, 1, gradeFormula(parameters, composite, coverage), styles);
        Row gradeName = sheet.createRow(GRADE_NAME_ROW);
        text(gradeName, 0, "等级名称 grade (zh)");
        formula(gradeName, 1, "VLOOKUP($B$" + (GRADE_ROW + 1) + "," + parameters.gradeNames() + ",2,FALSE)", styles);

        int note = GRADE_NAME_ROW + 2;
        for (String line : List.of(
                "说明：本工作簿中每个数字都由公式从记录表、参数表算出；修改记录或参数，得分随之变化。",
                "How to read: every figure here is a formula over the record sheets and the parameters sheet;"
                        + " change a record or a weight and the figures follow.",
                "计算方法见 INDICATORS.md；“在窗口内”=业务日期在[窗口起始日, 评估日]之间。",
                "Method: INDICATORS.md; \"in window\" = business date in [first day, as of].")) {
            text(sheet.createRow(note++), 0, line);
        }
    }

    /** INSUFFICIENT_DATA below the minimum coverage, else the first grade whose threshold the composite reaches. */
    private static String gradeFormula(Parameters parameters, String composite, String coverage) {
        String otherwise = parameters.gradeCode(Grade.NEEDS_IMPROVEMENT);
        List<Grade> byThreshold = ScoreWorkbook.gradesByThreshold();
        for (int i = byThreshold.size() - 1; i >= 0; i--) {
            Grade grade = byThreshold.get(i);
            otherwise =
                    "IF(ROUND(" + composite + "," + COMPARED_DECIMALS + ")>=" + parameters.gradeLowestComposite(grade)
                            + "," + parameters.gradeCode(grade) + "," + otherwise + ")";
        }
        return "IF(OR(" + composite + "=\"\",ROUND(" + coverage + "," + COMPARED_DECIMALS + ")<MinimumCoverage),"
                + parameters.gradeCode(Grade.INSUFFICIENT_DATA) + "," + otherwise + ")";
    }

    private static void line(Sheet sheet, int index, String label, Object value, WorkbookStyles styles) {
        Row row = sheet.createRow(index);
        text(row, 0, label);
        Cells.put(row.createCell(1), value, styles);
    }
}
