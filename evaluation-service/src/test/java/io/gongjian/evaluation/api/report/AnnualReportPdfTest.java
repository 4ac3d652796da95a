package io.gongjian.evaluation.api.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gongjian.evaluation.application.AnnualReport;
import io.gongjian.evaluation.application.HistoryStep;
import io.gongjian.evaluation.application.SchemeName;
import io.gongjian.evaluation.application.ScoreHistory;
import io.gongjian.evaluation.application.ScoreReport;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Facts;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.evaluation.domain.MemberCounts;
import io.gongjian.evaluation.domain.Scorecard;
import io.gongjian.evaluation.domain.Window;
import io.gongjian.evaluation.domain.weights.WeightScheme;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report's layout on content that does not fit one page: tables carried over to further pages with their
 * headers, long and odd text (line breaks, tabs, characters the font lacks) set without failing, nothing lost on the
 * way. Through HTTP with real services: ExportApiTest.
 */
class AnnualReportPdfTest {

    static final LocalDate AS_OF = LocalDate.parse("2025-12-31");
    static Path font;

    @BeforeAll
    static void font() {
        font = ReportFont.USUAL_PATHS.stream()
                .filter(Files::isReadable)
                .findFirst()
                .orElse(null);
        assumeTrue(font != null, "no font with Chinese glyphs installed (fonts-wqy-microhei)");
    }

    @Test
    void aLongReportCarriesItsTablesOverPagesAndLosesNothing() throws IOException {
        List<AnnualReport.OpenRectification> items = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            items.add(new AnnualReport.OpenRectification(
                    UUID.randomUUID(),
                    "整改事项 " + i + "：" + "党员参与率偏低，需要加强组织动员与活动记录。".repeat(i % 4 + 1)
                            + (i == 7
                                    ? "\n第二行\t制表符 and an emoji 🙂 and a very-long-latin-word-without-spaces-"
                                            + "x".repeat(120)
                                    : ""),
                    AS_OF.minusDays(200 - i),
                    i % 3 == 0 ? null : AS_OF.minusDays(100 - i),
                    i % 3 != 0));
        }
        byte[] pdf = AnnualReportPdf.render(report(items), font);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(document.getNumberOfPages() >= 4, "pages: " + document.getNumberOfPages());
            for (Indicator indicator : Indicator.values()) {
                assertTrue(text.contains(indicator.chineseName()), indicator.name());
            }
            for (int i = 1; i <= 60; i++) {
                assertTrue(text.contains("整改事项 " + i + "："), "item " + i);
            }
            assertTrue(text.contains("第二行 制表符 and an emoji ? and"), "odd characters shown as themselves or ?");
            assertTrue(text.contains("第 1 页 / 共 " + document.getNumberOfPages() + " 页"));
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont used = page.getResources().getFont(name);
                    assertTrue(used.isEmbedded(), used.getName());
                }
            }
        }
        assertTrue(pdf.length < 400_000, "a subset of the font, not all of it: " + pdf.length + " bytes");
        if (System.getProperty("report.sample") != null) {
            Files.write(Path.of(System.getProperty("report.sample")), pdf);
        }
    }

    @Test
    void aPartnershipWithoutRecordsSaysWhatIsNotAvailable() throws IOException {
        byte[] pdf = AnnualReportPdf.render(report(List.of()), font);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("不可用"));
            assertTrue(text.contains("无。None open."));
            assertTrue(text.contains("权重方案"), "names the weight scheme");
            assertTrue(text.contains("默认方案（评估指标体系）"), "the default one, here");
            assertEquals(1, document.getNumberOfPages() <= 3 ? 1 : 0, "pages: " + document.getNumberOfPages());
        }
    }

    @Test
    void aSavedSchemeIsNamedAsTheListOfSchemesShowsIt() {
        assertEquals(
                "区划 4501 第 2 版，2026-01-01 起施行 (region 4501, version 2, effective from 2026-01-01)",
                AnnualReportPdf.schemeName(new SchemeName("4501", 2, LocalDate.parse("2026-01-01"))));
    }

    /** A report whose figures come from the domain's scorecard, as the use case would give them. */
    private static AnnualReport report(List<AnnualReport.OpenRectification> items) {
        Facts facts = items.isEmpty() ? facts(0) : facts(12);
        EvaluatedPartnership partnership = new EvaluatedPartnership(
                UUID.randomUUID(),
                1,
                "GJ-2025-0042",
                "广西职业技术学院—柳工集团党建共建",
                EvaluatedPartnership.ACTIVE,
                "450200",
                UUID.randomUUID(),
                UUID.randomUUID(),
                List.of(UUID.randomUUID()),
                Map.of(),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2028, 12, 31));
        ScoreReport score = ScoreReport.of(
                partnership.id(), Scorecard.compute(new Window(AS_OF, 365), facts, WeightScheme.defaultScheme()));
        List<ScoreHistory.Point> points = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate end = LocalDate.of(2025, month, 1)
                    .withDayOfMonth(LocalDate.of(2025, month, 1).lengthOfMonth());
            ScoreReport at = ScoreReport.of(
                    partnership.id(), Scorecard.compute(new Window(end, 365), facts, WeightScheme.defaultScheme()));
            points.add(new ScoreHistory.Point(end, at.composite(), at.grade(), at.coverage(), at.dimensions()));
        }
        return new AnnualReport(
                partnership,
                2025,
                score,
                new ScoreHistory(partnership.id(), 365, HistoryStep.MONTH, points),
                items,
                LocalDate.parse("2026-01-05"));
    }

    private static Facts facts(int activities) {
        List<Facts.Activity> held = new ArrayList<>();
        List<Facts.Achievement> achievements = new ArrayList<>();
        for (int i = 0; i < activities; i++) {
            held.add(new Facts.Activity(UUID.randomUUID(), AS_OF.minusDays(30L * i), 5 + i, 3));
            achievements.add(new Facts.Achievement(UUID.randomUUID(), "TEACHING_RESOURCE", AS_OF.minusDays(25L * i)));
        }
        List<Facts.Survey> surveys = activities == 0
                ? List.of()
                : List.of(new Facts.Survey(
                        UUID.randomUUID(),
                        Facts.SurveyKind.SATISFACTION,
                        Facts.RespondentSide.UNIVERSITY,
                        AS_OF.minusDays(10),
                        40,
                        new BigDecimal("88.5")));
        return new Facts(
                MemberCounts.none(),
                MemberCounts.none(),
                Map.of(),
                held,
                List.of(),
                achievements,
                List.of(),
                List.of(),
                surveys,
                List.of());
    }
}
