package io.gongjian.evaluation.api.workbook;

import static io.gongjian.evaluation.api.workbook.ScoreWorkbook.absolute;
import static io.gongjian.evaluation.api.workbook.ScoreWorkbook.formula;
import static io.gongjian.evaluation.api.workbook.ScoreWorkbook.headings;
import static io.gongjian.evaluation.api.workbook.ScoreWorkbook.text;

import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Facts.RespondentSide;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.export.WorkbookStyles;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One dimension's sheet: a row per indicator (basis, count, raw value, availability, target, score, weight), then the
 * dimension's score: Σ weight × score over its available indicators ÷ Σ of their weights.
 */
final class DimensionSheet {

    private static final List<String[]> HEADINGS = List.of(
            new String[] {"指标", "indicator"},
            new String[] {"名称", "name (zh)"},
            new String[] {"英文名称", "name (en)"},
            new String[] {"计算方法", "formula"},
            new String[] {"单位", "unit"},
            new String[] {"依据（合计/分子）", "basis (amount / numerator)"},
            new String[] {"条数/分母", "records / denominator"},
            new String[] {"原始值", "raw value"},
            new String[] {"可用", "available"},
            new String[] {"年度目标", "annual target"},
            new String[] {"得分", "score 0..100"},
            new String[] {"维度内权重", "weight in dimension"},
            new String[] {"可用权重", "available weight"},
            new String[] {"权重×得分", "weight × score"},
            new String[] {"综合权重", "effective weight in composite"});

    private final Sheet sheet;
    private final Dimension dimension;
    private final List<Indicator> indicators;

    DimensionSheet(Sheet sheet, Dimension dimension) {
        this.sheet = sheet;
        this.dimension = dimension;
        this.indicators = Indicator.of(dimension);
    }

    String score() {
        return absolute(sheet, footer(), 10);
    }

    String available() {
        return absolute(sheet, footer() + 1, 10);
    }

    /** Σ weights of the available indicators ÷ Σ weights of all: the dimension's share in the coverage. */
    String availableShare() {
        return absolute(sheet, footer() + 2, 10);
    }

    private int footer() {
        return indicators.size() + 2;
    }

    void write(Parameters parameters, Evidence evidence, String effectiveDimensionWeight, WorkbookStyles styles) {
        headings(sheet.createRow(0), styles, HEADINGS);
        sheet.createFreezePane(1, 1);
        for (int c = 0; c < HEADINGS.size(); c++) {
            sheet.setColumnWidth(c, 256 * (c == 3 ? 48 : c == 0 ? 28 : 14));
        }
        int last = indicators.size() + 1;
        String available = "$M$2:$M$" + last;
        String weights = "$L$2:$L$" + last;
        String weighted = "$N$2:$N$" + last;
        String satisfactionMeans = "$H$" + (footer() + 6) + ":$H$" + (footer() + 7);
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            IndicatorFormulas formulas = IndicatorFormulas.of(indicator, evidence, satisfactionMeans);
            int r = i + 2; // the row as a spreadsheet numbers it
            Row row = sheet.createRow(i + 1);
            text(row, 0, indicator.name());
            text(row, 1, indicator.chineseName());
            text(row, 2, indicator.englishName());
            text(row, 3, indicator.formula());
            text(row, 4, indicator.unit());
            formula(row, 5, formulas.basis(), styles);
            formula(row, 6, formulas.count(), styles);
            formula(row, 7, formulas.raw("F" + r, "G" + r), styles);
            formula(row, 8, "IF(ISNUMBER(H" + r + "),1,0)", styles);
            if (indicator.scoring() == Indicator.Scoring.VOLUME) {
                formula(row, 9, parameters.target(indicator), styles);
            }
            formula(row, 10, "IF(I" + r + "=1," + score(indicator, r) + ",\"\")", styles);
            formula(row, 11, parameters.indicatorWeight(indicator), styles);
            formula(row, 12, "I" + r + "*L" + r, styles);
            formula(row, 13, "IF(I" + r + "=1,L" + r + "*K" + r + ",0)", styles);
            formula(
                    row,
                    14,
                    "IF(I" + r + "=1,M" + r + "/SUM(" + available + ")*" + effectiveDimensionWeight + ",0)",
                    styles);
        }
        Row score = sheet.createRow(footer());
        text(score, 0, "维度得分 " + dimension.chineseName());
        text(score, 1, "dimension score");
        formula(score, 10, "IF(SUM(" + available + ")=0,\"\",SUM(" + weighted + ")/SUM(" + available + "))", styles);
        Row availability = sheet.createRow(footer() + 1);
        text(availability, 0, "维度可用");
        text(availability, 1, "available");
        formula(availability, 10, "IF(SUM(" + available + ")>0,1,0)", styles);
        Row share = sheet.createRow(footer() + 2);
        text(share, 0, "可用指标权重占比");
        text(share, 1, "available share of weight");
        formula(share, 10, "SUM(" + available + ")/SUM(" + weights + ")", styles);
        if (indicators.contains(Indicator.FB_SATISFACTION_INDEX)) {
            writeSatisfactionSides(evidence, styles);
        }
    }

    /** FB_SATISFACTION_INDEX: each side's respondent-weighted mean, of which the indicator takes the plain mean. */
    private void writeSatisfactionSides(Evidence evidence, WorkbookStyles styles) {
        Row heading = sheet.createRow(footer() + 4);
        text(heading, 0, "满意度（分方） satisfaction by side").setCellStyle(styles.header());
        text(heading, 5, "Σ 人数×平均分 Σ n×mean").setCellStyle(styles.header());
        text(heading, 6, "Σ 人数 Σ n").setCellStyle(styles.header());
        text(heading, 7, "该方均值 side mean").setCellStyle(styles.header());
        List<RespondentSide> sides = List.of(RespondentSide.UNIVERSITY, RespondentSide.ENTERPRISE);
        for (int i = 0; i < sides.size(); i++) {
            int r = footer() + 6 + i;
            Row row = sheet.createRow(r - 1);
            text(row, 0, sides.get(i).name());
            IndicatorFormulas side = IndicatorFormulas.satisfactionOf(
                    evidence, "\"" + sides.get(i).name() + "\"");
            formula(row, 5, side.basis(), styles);
            formula(row, 6, side.count(), styles);
            formula(row, 7, side.raw("F" + r, "G" + r), styles);
        }
    }

    private static String score(Indicator indicator, int r) {
        return switch (indicator.scoring()) {
            case PERCENT -> "100*H" + r;
            case RAW -> "H" + r;
            case VOLUME -> "IF(J" + r + "=0,100,MIN(100,100*H" + r + "/J" + r + "))";
        };
    }
}
