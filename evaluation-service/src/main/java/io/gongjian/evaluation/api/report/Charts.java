package io.gongjian.evaluation.api.report;

import io.gongjian.evaluation.application.ScoreHistory;
import io.gongjian.evaluation.application.ScoreReport;
import io.gongjian.evaluation.domain.Grade;
import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The report's two charts, drawn as vector paths: they stay sharp when printed and need no chart library. */
final class Charts {

    static final Color AREA = new Color(0xF8, 0xD7, 0xD3);
    static final Color LINE = new Color(0xB7, 0x1C, 0x1C);
    static final Color GRID = new Color(0xE0, 0xE0, 0xE0);
    private static final float[] SOLID = {};
    private static final float[] DASHED = {3, 2};
    private static final int MONTHS = 12;

    private Charts() {}

    /**
     * The five dimension scores on five axes from the centre (0) to the rim (100), first axis at the top, clockwise; an
     * unavailable dimension sits at the centre and says so.
     */
    static void radar(PdfCanvas canvas, float cx, float cy, float radius, List<ScoreReport.DimensionLine> dimensions)
            throws IOException {
        PDPageContentStream out = canvas.out();
        int axes = dimensions.size();
        float[][] data = new float[axes][];
        for (int i = 0; i < axes; i++) {
            BigDecimal score = dimensions.get(i).score();
            data[i] = point(cx, cy, radius * (score == null ? 0 : score.floatValue()) / 100, i, axes);
        }
        out.setNonStrokingColor(AREA);
        polygon(out, data);
        out.fill();
        for (int level = 20; level <= 100; level += 20) {
            float[][] ring = new float[axes][];
            for (int i = 0; i < axes; i++) {
                ring[i] = point(cx, cy, radius * level / 100, i, axes);
            }
            out.setStrokingColor(level == 100 ? PdfCanvas.RULE : GRID);
            out.setLineWidth(0.5f);
            polygon(out, ring);
            out.stroke();
            canvas.text(cx + 2, ring[0][1] - 7, 6, PdfCanvas.MUTED, String.valueOf(level));
        }
        for (int i = 0; i < axes; i++) {
            float[] rim = point(cx, cy, radius, i, axes);
            canvas.line(cx, cy, rim[0], rim[1], 0.5f, PdfCanvas.RULE);
        }
        out.setStrokingColor(LINE);
        out.setLineWidth(1.2f);
        polygon(out, data);
        out.stroke();
        out.setNonStrokingColor(LINE);
        for (float[] p : data) {
            dot(out, p[0], p[1], 1.8f);
        }
        for (int i = 0; i < axes; i++) {
            ScoreReport.DimensionLine dimension = dimensions.get(i);
            float[] at = point(cx, cy, radius + 14, i, axes);
            String name = dimension.code().chineseName();
            String score = dimension.score() == null ? "不可用" : dimension.score().toPlainString();
            float dx = at[0] - cx;
            float nameWidth = canvas.width(name, 8.5f);
            float scoreWidth = canvas.width(score, 8);
            float left = Math.abs(dx) < 5 ? at[0] - nameWidth / 2 : dx > 0 ? at[0] : at[0] - nameWidth;
            float scoreLeft = Math.abs(dx) < 5 ? at[0] - scoreWidth / 2 : dx > 0 ? at[0] : at[0] - scoreWidth;
            float baseline = at[1] > cy + 5 ? at[1] + 6 : at[1] - 2;
            canvas.text(left, baseline, 8.5f, PdfCanvas.INK, name);
            canvas.text(scoreLeft, baseline - 10, 8, LINE, score);
        }
    }

    /**
     * The composite at each month's end of the year (the last point may be today's), on a 0–100 scale with the grade
     * thresholds dashed; a month without a composite leaves a gap in the line.
     */
    static void trend(PdfCanvas canvas, float left, float top, float width, float height, ScoreHistory history)
            throws IOException {
        PDPageContentStream out = canvas.out();
        float plotLeft = left + 22;
        float plotRight = left + width - 40;
        float bottom = top - height + 16;
        float slot = (plotRight - plotLeft) / MONTHS;
        for (int level = 0; level <= 100; level += 20) {
            float y = bottom + (top - bottom) * level / 100;
            canvas.line(plotLeft, y, plotRight, y, 0.5f, level == 0 ? PdfCanvas.RULE : GRID);
            canvas.textRight(plotLeft - 4, y - 2.5f, 7, PdfCanvas.MUTED, String.valueOf(level));
        }
        out.setLineDashPattern(DASHED, 0);
        for (Grade grade : Grade.values()) {
            if (grade.lowestComposite().isEmpty()) {
                continue;
            }
            BigDecimal threshold = grade.lowestComposite().get();
            float y = bottom + (top - bottom) * threshold.floatValue() / 100;
            canvas.line(plotLeft, y, plotRight, y, 0.6f, PdfCanvas.MUTED);
            canvas.text(plotRight + 4, y - 2.5f, 7, PdfCanvas.MUTED, grade.chineseName() + " " + threshold);
        }
        out.setLineDashPattern(SOLID, 0);
        for (int month = 1; month <= MONTHS; month++) {
            canvas.textCentred(plotLeft + (month - 0.5f) * slot, bottom - 11, 7, PdfCanvas.MUTED, month + "月");
        }
        float[] previous = null;
        for (ScoreHistory.Point point : history.points()) {
            if (point.composite() == null) {
                previous = null;
                continue;
            }
            float x = plotLeft + (point.asOf().getMonthValue() - 0.5f) * slot;
            float y = bottom + (top - bottom) * point.composite().floatValue() / 100;
            if (previous != null) {
                canvas.line(previous[0], previous[1], x, y, 1.2f, LINE);
            }
            out.setNonStrokingColor(LINE);
            dot(out, x, y, 2);
            canvas.textCentred(x, y + 5, 6.5f, PdfCanvas.INK, point.composite().toPlainString());
            previous = new float[] {x, y};
        }
    }

    private static float[] point(float cx, float cy, float distance, int axis, int axes) {
        double angle = Math.PI / 2 - 2 * Math.PI * axis / axes;
        return new float[] {cx + (float) (distance * Math.cos(angle)), cy + (float) (distance * Math.sin(angle))};
    }

    private static void polygon(PDPageContentStream out, float[][] points) throws IOException {
        out.moveTo(points[0][0], points[0][1]);
        for (int i = 1; i < points.length; i++) {
            out.lineTo(points[i][0], points[i][1]);
        }
        out.closePath();
    }

    private static void dot(PDPageContentStream out, float x, float y, float r) throws IOException {
        out.addRect(x - r, y - r, 2 * r, 2 * r);
        out.fill();
    }
}
