package io.gongjian.evaluation.api.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.evaluation.application.ScoreBasis;
import io.gongjian.evaluation.application.ScoreReport;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Facts;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.evaluation.domain.MemberCounts;
import io.gongjian.evaluation.domain.Scorecard;
import io.gongjian.evaluation.domain.Window;
import io.gongjian.evaluation.domain.weights.WeightScheme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The score workbook recomputes, with spreadsheet formulas alone, the figures the API serves: evaluated by Apache
 * POI's formula evaluator, it shows the composite, coverage, grade, every dimension score and every indicator's raw
 * value and score to the cent, on a corpus of generated partnerships.
 */
class ScoreWorkbookTest {

    static final URI API = URI.create("https://gongjian.example.cn/api/v1/");

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 200).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void showsTheApisFiguresForAGeneratedPartnership(long seed) throws IOException {
        GeneratedFacts generated = new GeneratedFacts(seed);
        Window window = generated.window();
        Map<String, BigDecimal> targets = generated.targets();
        Facts facts = generated.facts(targets);
        assertSameFigures(new ScoreBasis(generated.partnership(targets), window, facts, WeightScheme.defaultScheme()));
    }

    @Test
    void withoutAnyRecordTheVolumeIndicatorsAloneAreAvailable() throws IOException {
        Facts none = new Facts(
                MemberCounts.none(),
                MemberCounts.none(),
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        WorkbookFigures figures = assertSameFigures(new ScoreBasis(
                new GeneratedFacts(0).partnership(Map.of()),
                new Window(GeneratedFacts.AS_OF, 365),
                none,
                WeightScheme.defaultScheme()));
        assertEquals("0.00", figures.composite());
        assertEquals("0.45", figures.coverage());
        assertEquals("INSUFFICIENT_DATA", figures.grade());
        assertEquals("数据不足", figures.gradeName());
        assertEquals("", figures.dimension(Dimension.FEEDBACK));
    }

    /** Builds the workbook, evaluates it afresh and compares every figure with the API's report of the same basis. */
    static WorkbookFigures assertSameFigures(ScoreBasis basis) throws IOException {
        ScoreReport api = ScoreReport.of(
                basis.partnership().id(), Scorecard.compute(basis.window(), basis.facts(), basis.scheme()));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ScoreWorkbook.write(basis, API, xlsx);
        WorkbookFigures figures = new WorkbookFigures(xlsx.toByteArray());
        String context = basis.window() + " " + basis.facts();
        assertEquals(shown(api.composite()), figures.composite(), () -> "composite of " + context);
        assertEquals(shown(api.coverage()), figures.coverage(), () -> "coverage of " + context);
        assertEquals(api.grade().name(), figures.grade(), () -> "grade of " + context);
        for (ScoreReport.DimensionLine dimension : api.dimensions()) {
            assertEquals(
                    shown(dimension.score()),
                    figures.dimension(dimension.code()),
                    () -> dimension.code() + " of " + context);
            assertEquals(
                    dimension.weight().doubleValue(),
                    figures.dimensionWeight(dimension.code()),
                    5e-7,
                    () -> dimension.code() + " weight of " + context);
        }
        for (ScoreReport.IndicatorLine line : api.indicators()) {
            Indicator indicator = line.code();
            WorkbookFigures.IndicatorFigures shown = figures.indicator(indicator);
            assertEquals(line.available(), shown.available(), () -> indicator + " availability of " + context);
            assertEquals(shown(line.raw()), shown.raw(), () -> indicator + " raw of " + context);
            assertEquals(shown(line.score()), shown.score(), () -> indicator + " score of " + context);
            assertEquals(line.weight().doubleValue(), shown.weight(), 5e-7, () -> indicator + " weight of " + context);
        }
        return figures;
    }

    private static String shown(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
