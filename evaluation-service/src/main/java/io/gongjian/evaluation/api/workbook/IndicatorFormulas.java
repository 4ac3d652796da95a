package io.gongjian.evaluation.api.workbook;

import io.gongjian.evaluation.domain.Indicator;

/**
 * Each indicator's raw value as spreadsheet formulas over the record sheets, following its formula in INDICATORS.md
 * (and {@link Indicator#formula()}): a basis (the amount, sum or numerator), a count (records or respondents, the
 * denominator of a mean or rate), and the raw value from the two. An exhaustive switch: a new indicator does not
 * compile until its formulas are written here.
 *
 * @param basis formula of the amount or numerator
 * @param count formula of the number of records (volume indicators) or of the denominator
 * @param raw formula of the raw value, with {@code {basis}} and {@code {count}} standing for the two cells; ""
 *     when not available
 */
record IndicatorFormulas(String basis, String count, String raw) {

    private static final String PER_YEAR = "{basis}*Annual";
    private static final String MEAN = "IF({count}=0,\"\",{basis}/{count})";

    static IndicatorFormulas of(Indicator indicator, Evidence records, String satisfactionMeans) {
        var activities = records.activities;
        var achievements = records.achievements;
        var surveys = records.surveys;
        return switch (indicator) {
            case ORG_PARTICIPATION -> new IndicatorFormulas(
                    sumIfs(activities.range("I"), activities.range("H"), "1"),
                    countIfs(activities.range("H"), "1"),
                    MEAN);
            case ORG_ACTIVITY_FREQUENCY -> volume(countIfs(activities.range("E"), "1"), activities.range("E"));
            case ORG_CONSTRUCTION_SCORE -> latestAssessment(records, "ORG_CONSTRUCTION");
            case RES_TEACHING_RESOURCES -> achievementsPerYear(records, "TEACHING_RESOURCE");
            case RES_RESEARCH_PROJECTS -> achievementsPerYear(records, "RESEARCH_PROJECT");
            case RES_TALENT_EXCHANGES -> volume(
                    sumIfs(records.exchanges.range("C"), records.exchanges.range("D"), "1"),
                    records.exchanges.range("D"));
            case SOC_ECONOMIC_CONTRIBUTION -> volume(
                    sumIfs(records.conversions.range("D"), records.conversions.range("E"), "1"),
                    records.conversions.range("E"));
            case SOC_INFLUENCE_INDEX -> new IndicatorFormulas(
                    sumIfs(surveys.range("I"), surveys.range("B"), "\"SOCIAL_INFLUENCE\"", surveys.range("H"), "1"),
                    sumIfs(surveys.range("F"), surveys.range("B"), "\"SOCIAL_INFLUENCE\"", surveys.range("H"), "1"),
                    MEAN);
            case INN_PRACTICES -> achievementsPerYear(records, "INNOVATIVE_PRACTICE");
            case INN_CONVERSION_RATE -> new IndicatorFormulas(
                    countIfs(
                            achievements.range("B"),
                            "\"RESEARCH_OUTPUT\"",
                            achievements.range("E"),
                            "1",
                            achievements.range("F"),
                            "1"),
                    countIfs(achievements.range("B"), "\"RESEARCH_OUTPUT\"", achievements.range("E"), "1"),
                    MEAN);
            case INN_TEACHING_MODE_SCORE -> latestAssessment(records, "TEACHING_MODE");
                // The plain mean of the side means that exist (the block of side means below the FEEDBACK table).
            case FB_SATISFACTION_INDEX -> new IndicatorFormulas(
                    "SUM(" + satisfactionMeans + ")", "COUNT(" + satisfactionMeans + ")", MEAN);
            case FB_RECTIFICATION_RATE -> new IndicatorFormulas(
                    countIfs(records.rectifications.range("D"), "1", records.rectifications.range("E"), "1"),
                    countIfs(records.rectifications.range("D"), "1"),
                    MEAN);
        };
    }

    /** The survey formulas of one side's respondent-weighted SATISFACTION mean: Σ n×mean, Σ n, their quotient. */
    static IndicatorFormulas satisfactionOf(Evidence records, String side) {
        var surveys = records.surveys;
        String[] criteria = {surveys.range("B"), "\"SATISFACTION\"", surveys.range("C"), side, surveys.range("H"), "1"};
        return new IndicatorFormulas(sumIfs(surveys.range("I"), criteria), sumIfs(surveys.range("F"), criteria), MEAN);
    }

    String raw(String basisCell, String countCell) {
        return raw.replace("{basis}", basisCell).replace("{count}", countCell);
    }

    private static IndicatorFormulas volume(String amount, String inWindow) {
        return new IndicatorFormulas(amount, countIfs(inWindow, "1"), PER_YEAR);
    }

    private static IndicatorFormulas achievementsPerYear(Evidence records, String type) {
        String count =
                countIfs(records.achievements.range("B"), "\"" + type + "\"", records.achievements.range("E"), "1");
        return new IndicatorFormulas(count, count, PER_YEAR);
    }

    /** The score of the latest assessment of the kind in the window (the row marked latest); count: those in it. */
    private static IndicatorFormulas latestAssessment(Evidence records, String kind) {
        var assessments = records.assessments;
        return new IndicatorFormulas(
                sumIfs(assessments.range("E"), assessments.range("B"), "\"" + kind + "\"", assessments.range("H"), "1"),
                countIfs(assessments.range("B"), "\"" + kind + "\"", assessments.range("G"), "1"),
                "IF({count}=0,\"\",{basis})");
    }

    private static String sumIfs(String sumRange, String... criteria) {
        return "SUMIFS(" + sumRange + "," + String.join(",", criteria) + ")";
    }

    private static String countIfs(String... criteria) {
        return "COUNTIFS(" + String.join(",", criteria) + ")";
    }
}
