package io.gongjian.evaluation.api.report;

import io.gongjian.evaluation.application.AnnualReport;
import io.gongjian.evaluation.application.SchemeName;
import io.gongjian.evaluation.application.ScoreReport;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.evaluation.domain.Window;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The annual evaluation report as a PDF in Chinese (English beside the headings), the document a bureau files: the
 * partnership and its score, the five dimensions as a radar, the composite's trend over the year, every indicator
 * with its explanation, and the rectification items still open. Every figure is the {@link AnnualReport}'s, printed
 * as the API serves it (two decimals); percentages are the same figures × 100.
 */
public final class AnnualReportPdf {

    static final String TITLE = "校企党建共建成效年度评价报告";
    private static final float INDICATOR_SIZE = 8;
    private static final float NOTE_SIZE = 7;

    private final AnnualReport report;
    private final PdfCanvas canvas;

    private AnnualReportPdf(AnnualReport report, PdfCanvas canvas) {
        this.report = report;
        this.canvas = canvas;
    }

    /** The report set in {@code font} (a subset of which is embedded). */
    public static byte[] render(AnnualReport report, Path font) throws IOException {
        try (ReportFont.Opened face = ReportFont.Opened.of(font);
                PDDocument document = new PDDocument()) {
            PDType0Font embedded = PDType0Font.load(document, face.face, true);
            describe(document, report);
            try (PdfCanvas canvas = new PdfCanvas(document, embedded, face.face)) {
                AnnualReportPdf pdf = new AnnualReportPdf(report, canvas);
                pdf.cover();
                pdf.dimensions();
                pdf.trend();
                pdf.indicators();
                pdf.rectifications();
                pdf.closing();
                canvas.finish(TITLE + " · " + report.partnership().code() + " · " + report.year() + " 年度 · 生成于 "
                        + report.generatedOn());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void describe(PDDocument document, AnnualReport report) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(TITLE + " " + report.year() + " · " + report.partnership().title());
        info.setSubject("Annual evaluation report " + report.year() + ", "
                + report.partnership().code());
        info.setCreator("Gongjian evaluation service");
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage("zh-CN");
    }

    private void cover() throws IOException {
        canvas.text(PdfCanvas.LEFT, canvas.y - 22, 20, PdfCanvas.ACCENT, TITLE);
        canvas.text(
                PdfCanvas.LEFT,
                canvas.y - 38,
                9,
                PdfCanvas.MUTED,
                "Annual evaluation report of university–enterprise party-building co-construction · " + report.year());
        canvas.y -= 48;
        canvas.rule();
        EvaluatedPartnership partnership = report.partnership();
        ScoreReport score = report.score();
        Window window = new Window(score.asOf(), score.windowDays());
        field("共建项目", "Partnership", partnership.title());
        field("项目编号", "Code", partnership.code());
        field("行政区划", "Region code", partnership.regionCode());
        field("项目状态", "Status", partnership.status());
        field(
                "高校方组织",
                "University organisation",
                partnership.universityOrganizationId().toString());
        field(
                "企业方组织",
                "Enterprise organisation",
                partnership.enterpriseOrganizationId().toString());
        field(
                "政府方组织",
                "Government organisations",
                partnership.governmentOrganizationIds().isEmpty()
                        ? "—"
                        : partnership.governmentOrganizationIds().stream()
                                .map(UUID::toString)
                                .collect(Collectors.joining("\n")));
        field(
                "报告年度",
                "Year",
                report.year() + " 年"
                        + (score.asOf().equals(LocalDate.of(report.year(), 12, 31)) ? "" : "（年度未结束，数据截至评估日）"));
        field("评估日", "As of", score.asOf().toString());
        field("评估窗口", "Window", window.firstDay() + " 至 " + score.asOf() + "（" + score.windowDays() + " 天 days）");
        field("权重方案", "Weight scheme", schemeName(score.scheme()));
        canvas.y -= 6;
        summaryBox(score);
    }

    /** The scheme the weights come from (WEIGHTS.md), as a reader finds it again in the list of schemes. */
    static String schemeName(SchemeName scheme) {
        if (scheme.effectiveFrom() == null) {
            return "默认方案（评估指标体系） default scheme (INDICATORS.md)";
        }
        return "区划 " + scheme.prefix() + " 第 " + scheme.version() + " 版，" + scheme.effectiveFrom() + " 起施行 (region "
                + scheme.prefix() + ", version " + scheme.version() + ", effective from " + scheme.effectiveFrom()
                + ")";
    }

    /** The composite, grade and coverage, large. */
    private void summaryBox(ScoreReport score) throws IOException {
        float top = canvas.y;
        float height = 54;
        canvas.out().setNonStrokingColor(new Color(0xFB, 0xEE, 0xEC));
        canvas.out().addRect(PdfCanvas.LEFT, top - height, PdfCanvas.RIGHT - PdfCanvas.LEFT, height);
        canvas.out().fill();
        float third = (PdfCanvas.RIGHT - PdfCanvas.LEFT) / 3;
        figure(
                PdfCanvas.LEFT + 12,
                top,
                "综合得分 Composite",
                score.composite() == null ? "—" : shown(score.composite()),
                "0–100");
        figure(
                PdfCanvas.LEFT + 12 + third,
                top,
                "等级 Grade",
                score.grade().chineseName(),
                score.grade().name());
        figure(
                PdfCanvas.LEFT + 12 + 2 * third,
                top,
                "覆盖率 Coverage",
                percent(score.coverage()),
                shown(score.coverage()));
        canvas.y = top - height - 14;
    }

    /** A large figure under its label, with a small note beside it (the grade's code, the coverage as a share). */
    private void figure(float x, float top, String label, String value, String note) throws IOException {
        canvas.text(x, top - 15, 8, PdfCanvas.MUTED, label);
        canvas.text(x, top - 40, 20, PdfCanvas.ACCENT, value);
        canvas.text(x + canvas.width(value, 20) + 6, top - 40, 7.5f, PdfCanvas.MUTED, note);
    }

    private void field(String zh, String en, String value) throws IOException {
        float valueLeft = PdfCanvas.LEFT + 150;
        List<String> lines = canvas.wrap(value, 9.5f, PdfCanvas.RIGHT - valueLeft);
        float height = Math.max(lines.size() * 13f, 13f) + 3;
        canvas.ensure(height);
        canvas.text(PdfCanvas.LEFT, canvas.y - 9.5f, 9.5f, PdfCanvas.INK, zh);
        canvas.text(PdfCanvas.LEFT + canvas.width(zh, 9.5f) + 4, canvas.y - 9.5f, 7, PdfCanvas.MUTED, en);
        canvas.lines(valueLeft, canvas.y, 9.5f, 13, PdfCanvas.INK, lines);
        canvas.y -= height;
    }

    private void heading(String zh, String en, float keepWithNext) throws IOException {
        canvas.ensure(30 + keepWithNext);
        canvas.y -= 6;
        canvas.text(PdfCanvas.LEFT, canvas.y - 13, 13, PdfCanvas.INK, zh);
        canvas.text(PdfCanvas.LEFT + canvas.width(zh, 13) + 6, canvas.y - 13, 8, PdfCanvas.MUTED, en);
        canvas.y -= 20;
        canvas.rule();
    }

    private void dimensions() throws IOException {
        float height = 220;
        heading("一、五个维度", "Five dimensions", height);
        float top = canvas.y;
        Charts.radar(canvas, PdfCanvas.LEFT + 120, top - 110, 72, report.score().dimensions());
        float left = PdfCanvas.LEFT + 270;
        float[] columns = {left, left + 110, left + 170};
        float row = top - 20;
        canvas.text(columns[0], row, 8, PdfCanvas.MUTED, "维度 Dimension");
        canvas.text(columns[1], row, 8, PdfCanvas.MUTED, "得分 Score");
        canvas.text(columns[2], row, 8, PdfCanvas.MUTED, "权重 Weight");
        for (ScoreReport.DimensionLine dimension : report.score().dimensions()) {
            row -= 24;
            canvas.text(columns[0], row, 9.5f, PdfCanvas.INK, dimension.code().chineseName());
            canvas.text(
                    columns[0], row - 9, 6.5f, PdfCanvas.MUTED, dimension.code().englishName());
            canvas.text(columns[1], row, 9.5f, PdfCanvas.INK, dimension.available() ? shown(dimension.score()) : "不可用");
            canvas.text(columns[2], row, 9.5f, PdfCanvas.INK, percent(dimension.weight()));
        }
        canvas.text(columns[0], row - 26, NOTE_SIZE, PdfCanvas.MUTED, "权重为计入综合得分的有效权重；不可用的维度权重为 0，其余按比例放大。");
        canvas.y = top - height;
    }

    private void trend() throws IOException {
        float height = 190;
        heading("二、年度走势", "Trend of the composite, month by month", height);
        Charts.trend(
                canvas, PdfCanvas.LEFT, canvas.y - 10, PdfCanvas.RIGHT - PdfCanvas.LEFT, height - 20, report.trend());
        canvas.y -= height;
        canvas.text(
                PdfCanvas.LEFT,
                canvas.y,
                NOTE_SIZE,
                PdfCanvas.MUTED,
                "每月末的综合得分（评估窗口 " + report.trend().windowDays() + " 天）；虚线为等级界限。空缺表示该月末没有综合得分。");
        canvas.y -= 12;
    }

    /** Column lefts of the indicator table and its right edge. */
    private static final float[] INDICATOR_COLUMNS = {
        PdfCanvas.LEFT,
        PdfCanvas.LEFT + 108,
        PdfCanvas.LEFT + 172,
        PdfCanvas.LEFT + 212,
        PdfCanvas.LEFT + 247,
        PdfCanvas.LEFT + 287,
        PdfCanvas.RIGHT
    };

    private void indicators() throws IOException {
        heading("三、指标明细", "Indicators: raw value, target, score, weight and how they came about", 60);
        indicatorHeader();
        for (Dimension dimension : Dimension.values()) {
            canvas.ensure(18 + 40);
            canvas.text(
                    PdfCanvas.LEFT,
                    canvas.y - 11,
                    9.5f,
                    PdfCanvas.ACCENT,
                    dimension.chineseName() + " " + dimension.englishName());
            canvas.y -= 16;
            for (ScoreReport.IndicatorLine line : report.score().indicators()) {
                if (line.dimension() == dimension) {
                    indicator(line);
                }
            }
        }
    }

    private void indicatorHeader() throws IOException {
        tableHeader(INDICATOR_COLUMNS, new String[][] {
            {"指标", "Indicator"},
            {"原始值", "Raw"},
            {"目标", "Target"},
            {"得分", "Score"},
            {"权重", "Weight"},
            {"说明", "Explanation"}
        });
    }

    /** A table's column headings (Chinese over English), repeated at the top of each page the table runs on. */
    private void tableHeader(float[] columns, String[][] headings) throws IOException {
        canvas.ensure(30);
        for (int c = 0; c < headings.length; c++) {
            canvas.text(columns[c], canvas.y - 9, 8, PdfCanvas.MUTED, headings[c][0]);
            canvas.text(columns[c], canvas.y - 18, 6.5f, PdfCanvas.MUTED, headings[c][1]);
        }
        canvas.y -= 22;
        canvas.rule();
    }

    private void indicator(ScoreReport.IndicatorLine line) throws IOException {
        float gap = 4;
        List<String> name = new ArrayList<>(canvas.wrap(line.code().chineseName(), INDICATOR_SIZE, width(0, gap)));
        List<String> english = canvas.wrap(line.code().englishName(), 6.5f, width(0, gap));
        String raw = line.raw() == null ? "不可用" : shown(line.raw());
        List<String> unit = canvas.wrap(unit(line), 6.5f, width(1, gap));
        List<String> explanation = canvas.wrap(Explanations.of(line), NOTE_SIZE, width(5, 0));
        float height = Math.max(
                        Math.max(name.size() * 10f + english.size() * 8f, 10f + unit.size() * 8f),
                        explanation.size() * 8.5f)
                + 6;
        if (canvas.y - height < PdfCanvas.BOTTOM) {
            canvas.newPage();
            indicatorHeader();
        }
        float top = canvas.y;
        float used = canvas.lines(INDICATOR_COLUMNS[0], top, INDICATOR_SIZE, 10, PdfCanvas.INK, name);
        canvas.lines(INDICATOR_COLUMNS[0], top - used, 6.5f, 8, PdfCanvas.MUTED, english);
        cell(1, top, raw);
        canvas.lines(INDICATOR_COLUMNS[1], top - 10, 6.5f, 8, PdfCanvas.MUTED, unit);
        cell(2, top, line.target() == null ? "—" : shown(line.target()));
        cell(3, top, line.score() == null ? "—" : shown(line.score()));
        cell(4, top, percent(line.weight()));
        canvas.lines(INDICATOR_COLUMNS[5], top, NOTE_SIZE, 8.5f, PdfCanvas.INK, explanation);
        canvas.y = top - height;
        canvas.line(PdfCanvas.LEFT, canvas.y + 2, PdfCanvas.RIGHT, canvas.y + 2, 0.3f, Charts.GRID);
    }

    private void cell(int column, float top, String value) throws IOException {
        canvas.text(INDICATOR_COLUMNS[column], top - INDICATOR_SIZE, INDICATOR_SIZE, PdfCanvas.INK, value);
    }

    private static float width(int column, float gap) {
        return INDICATOR_COLUMNS[column + 1] - INDICATOR_COLUMNS[column] - gap;
    }

    /** A rate's raw value is a ratio 0..1 (its score is the percentage); the others have their unit. */
    private static String unit(ScoreReport.IndicatorLine line) {
        return line.code().scoring() == Indicator.Scoring.PERCENT
                ? "比率 ratio"
                : line.code().unit();
    }

    private static final float[] RECTIFICATION_COLUMNS = {
        PdfCanvas.LEFT,
        PdfCanvas.LEFT + 24,
        PdfCanvas.LEFT + 290,
        PdfCanvas.LEFT + 355,
        PdfCanvas.LEFT + 420,
        PdfCanvas.RIGHT
    };

    private void rectifications() throws IOException {
        heading("四、未完成整改事项", "Rectification items open on " + report.score().asOf(), 40);
        List<AnnualReport.OpenRectification> items = report.openRectifications();
        if (items.isEmpty()) {
            canvas.text(PdfCanvas.LEFT, canvas.y - 10, 9.5f, PdfCanvas.INK, "无。None open.");
            canvas.y -= 20;
            return;
        }
        rectificationHeader();
        int number = 0;
        for (AnnualReport.OpenRectification item : items) {
            number++;
            List<String> issue = canvas.wrap(item.issue(), 9, RECTIFICATION_COLUMNS[2] - RECTIFICATION_COLUMNS[1] - 6);
            float height = issue.size() * 12f + 6;
            if (canvas.y - height < PdfCanvas.BOTTOM) {
                canvas.newPage();
                rectificationHeader();
            }
            float top = canvas.y;
            float baseline = top - 9;
            canvas.text(RECTIFICATION_COLUMNS[0], baseline, 9, PdfCanvas.INK, String.valueOf(number));
            canvas.lines(RECTIFICATION_COLUMNS[1], top, 9, 12, PdfCanvas.INK, issue);
            canvas.text(
                    RECTIFICATION_COLUMNS[2],
                    baseline,
                    9,
                    PdfCanvas.INK,
                    item.raisedOn().toString());
            canvas.text(
                    RECTIFICATION_COLUMNS[3],
                    baseline,
                    9,
                    PdfCanvas.INK,
                    item.dueOn() == null ? "未设期限" : item.dueOn().toString());
            canvas.text(
                    RECTIFICATION_COLUMNS[4],
                    baseline,
                    9,
                    item.overdue() ? PdfCanvas.ACCENT : PdfCanvas.INK,
                    item.overdue() ? "已逾期 overdue" : "整改中 open");
            canvas.y = top - height;
            canvas.line(PdfCanvas.LEFT, canvas.y + 2, PdfCanvas.RIGHT, canvas.y + 2, 0.3f, Charts.GRID);
        }
    }

    private void rectificationHeader() throws IOException {
        tableHeader(RECTIFICATION_COLUMNS, new String[][] {
            {"序号", "No."}, {"整改事项", "Issue"}, {"提出日期", "Raised on"}, {"整改期限", "Due on"}, {"状态", "Status"}
        });
    }

    /** Where the figures come from, and room for the filing bureau's seal. */
    private void closing() throws IOException {
        canvas.ensure(90);
        canvas.y -= 14;
        List<String> note = canvas.wrap(
                "说明：本报告的全部数字均来自共建平台评价服务的评分接口（评估日 " + report.score().asOf()
                        + "，默认评估窗口），计算方法见《校企党建共建成效评价办法》；评分工作簿"
                        + "（同一接口的 XLSX 格式）列出每项数字所依据的记录，可逐项复核。",
                8,
                PdfCanvas.RIGHT - PdfCanvas.LEFT);
        canvas.y -= canvas.lines(PdfCanvas.LEFT, canvas.y, 8, 11, PdfCanvas.MUTED, note);
        canvas.y -= 30;
        canvas.text(PdfCanvas.LEFT, canvas.y, 10, PdfCanvas.INK, "填报单位（盖章）：");
        canvas.text(PdfCanvas.LEFT + 300, canvas.y, 10, PdfCanvas.INK, "日期：");
    }

    /** A figure as the API serves it. */
    private static String shown(BigDecimal value) {
        return value.toPlainString();
    }

    /** A share 0..1 as a percentage with two decimals (0.062500 → 6.25%). */
    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
