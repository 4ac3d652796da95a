package io.gongjian.evaluation.api.workbook;

import static io.gongjian.evaluation.api.workbook.RecordSheet.formula;
import static io.gongjian.evaluation.api.workbook.RecordSheet.value;

import io.gongjian.commons.api.EnumLabels;
import io.gongjian.evaluation.domain.Facts;
import io.gongjian.evaluation.domain.MemberCounts;
import io.gongjian.export.Cells;
import io.gongjian.export.WorkbookStyles;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The sheets of records behind the indicators: every record that counts for the partnership (revoked ones left out,
 * amended ones with their latest content), with its id, dates, values and a link to it in the API, and per row the
 * formulas that decide whether and how it counts ("in window" is 1 when its business date lies in
 * [WindowFirstDay, AsOf]). The dimension sheets sum and count over these columns.
 */
final class Evidence {

    static final String IN_WINDOW = "IF(AND(%s{r}>=WindowFirstDay,%<s{r}<=AsOf),1,0)";

    final RecordSheet<Facts.Activity> activities;
    final RecordSheet<Facts.Exchange> exchanges;
    final RecordSheet<Facts.Achievement> achievements;
    final RecordSheet<Facts.Conversion> conversions;
    final RecordSheet<Facts.Assessment> assessments;
    final RecordSheet<Facts.Survey> surveys;
    final RecordSheet<Facts.Rectification> rectifications;
    private final Sheet members;
    private final Facts facts;
    private final URI api;

    /** Creates the sheets (empty, in tab order) so that formulas elsewhere can refer to their ranges. */
    Evidence(Workbook workbook, Facts facts, URI api) {
        this.facts = facts;
        this.api = api;
        activities = new RecordSheet<>(workbook.createSheet("活动 Activities"), facts.activities());
        exchanges = new RecordSheet<>(workbook.createSheet("交流 Exchanges"), facts.exchanges());
        achievements = new RecordSheet<>(workbook.createSheet("成果 Achievements"), facts.achievements());
        conversions = new RecordSheet<>(workbook.createSheet("转化 Conversions"), facts.conversions());
        assessments = new RecordSheet<>(workbook.createSheet("评估 Assessments"), facts.assessments());
        surveys = new RecordSheet<>(workbook.createSheet("问卷 Surveys"), facts.surveys());
        rectifications = new RecordSheet<>(workbook.createSheet("整改 Rectifications"), facts.rectifications());
        members = workbook.createSheet("党员人数 Party members");
    }

    void write(WorkbookStyles styles) {
        String universityDates = memberDates(facts.universityMembers(), "A");
        String enterpriseDates = memberDates(facts.enterpriseMembers(), "D");
        writeMembers(styles);
        activities.write(
                List.of(
                        value("记录编号", "id", Facts.Activity::id),
                        value("活动日期", "occurredOn", Facts.Activity::occurredOn),
                        value("校方参与党员 pmU", "university party members", Facts.Activity::universityPartyMembers),
                        value("企业方参与党员 pmE", "enterprise party members", Facts.Activity::enterprisePartyMembers),
                        formula("在窗口内", "in window", IN_WINDOW.formatted("B")),
                        formula("校方党员数 MU", "university members on that day", memberOn(universityDates)),
                        formula("企业方党员数 ME", "enterprise members on that day", memberOn(enterpriseDates)),
                        formula(
                                "计入参与率",
                                "counts for participation",
                                "IF(E{r}=1,IF(AND(ISNUMBER(F{r}),ISNUMBER(G{r})),IF(F{r}+G{r}>0,1,0),0),0)"),
                        formula(
                                "参与比例",
                                "share min(1, (pmU+pmE)/(MU+ME))",
                                "IF(H{r}=1,MIN(1,(C{r}+D{r})/(F{r}+G{r})),\"\")"),
                        value("记录链接", "link", a -> link("activities/" + a.id()))),
                styles);
        exchanges.write(
                List.of(
                        value("记录编号", "id", Facts.Exchange::id),
                        value("交流日期", "occurredOn", Facts.Exchange::occurredOn),
                        value("人次", "headcount", Facts.Exchange::headcount),
                        formula("在窗口内", "in window", IN_WINDOW.formatted("B")),
                        value("记录链接", "link", e -> link("exchanges/" + e.id()))),
                styles);
        conversions.write(
                List.of(
                        value("记录编号", "id", Facts.Conversion::id),
                        value("成果编号", "achievement id", Facts.Conversion::achievementId),
                        value("转化日期", "convertedOn", Facts.Conversion::convertedOn),
                        value("新增产值（万元）", "output value (10k CNY)", Facts.Conversion::outputValue),
                        formula("在窗口内", "in window", IN_WINDOW.formatted("C")),
                        formula("评估日前已转化", "converted by as-of date", "IF(C{r}<=AsOf,1,0)"),
                        value(
                                "记录链接",
                                "link",
                                c -> link("achievements/" + c.achievementId() + "/conversions/" + c.id()))),
                styles);
        achievements.write(
                List.of(
                        value("记录编号", "id", Facts.Achievement::id),
                        value("成果类型", "type", Facts.Achievement::type),
                        value("类型名称", "type (zh)", a -> label("AchievementType", a.type())),
                        value("登记日期", "registeredOn", Facts.Achievement::registeredOn),
                        formula("在窗口内", "in window", IN_WINDOW.formatted("D")),
                        formula(
                                "已转化（科研成果）",
                                "converted (research outputs)",
                                "IF(B{r}=\"RESEARCH_OUTPUT\",IF(COUNTIFS(" + conversions.range("B") + ",A{r},"
                                        + conversions.range("F") + ",1)>0,1,0),\"\")"),
                        value("记录链接", "link", a -> link("achievements/" + a.id()))),
                styles);
        String kinds = assessments.range("B");
        String inWindow = assessments.range("G");
        assessments.write(
                List.of(
                        value("记录编号", "id", Facts.Assessment::id),
                        value("评估类别", "kind", Facts.Assessment::kind),
                        value(
                                "类别名称",
                                "kind (zh)",
                                a -> label("AssessmentKind", a.kind().name())),
                        value("评估日期", "assessedOn", Facts.Assessment::assessedOn),
                        value("评分", "score", Facts.Assessment::score),
                        value("录入顺序", "recorded order", Facts.Assessment::sequence),
                        formula("在窗口内", "in window", IN_WINDOW.formatted("D")),
                        formula(
                                "窗口内最新",
                                "latest in window (tie: recorded last)",
                                "IF(G{r}=1,IF(COUNTIFS(" + kinds + ",B{r}," + inWindow + ",1," + assessments.range("D")
                                        + ",\">\"&D{r})+COUNTIFS(" + kinds + ",B{r}," + inWindow + ",1,"
                                        + assessments.range("D") + ",D{r}," + assessments.range("F")
                                        + ",\">\"&F{r})=0,1,0),0)"),
                        value("记录链接", "link", a -> link("evaluation/assessments/" + a.id()))),
                styles);
        surveys.write(
                List.of(
                        value("记录编号", "id", Facts.Survey::id),
                        value("问卷类别", "kind", Facts.Survey::kind),
                        value("填答方", "respondent side", Facts.Survey::side),
                        value(
                                "名称",
                                "kind and side (zh)",
                                s -> label("SurveyKind", s.kind().name()) + " · "
                                        + label("RespondentSide", s.side().name())),
                        value("收集日期", "collectedOn", Facts.Survey::collectedOn),
                        value("填答人数 n", "respondents", Facts.Survey::respondents),
                        value("平均分 mean", "mean", Facts.Survey::mean),
                        formula("在窗口内", "in window", IN_WINDOW.formatted("E")),
                        formula("人数×平均分", "n × mean", "F{r}*G{r}"),
                        value("记录链接", "link", s -> link("evaluation/surveys/" + s.id()))),
                styles);
        rectifications.write(
                List.of(
                        value("记录编号", "id", Facts.Rectification::id),
                        value("提出日期", "raisedOn", Facts.Rectification::raisedOn),
                        value("完成日期", "completedOn", Facts.Rectification::completedOn),
                        formula("在窗口内", "in window", IN_WINDOW.formatted("B")),
                        formula("评估日前已完成", "completed by as-of date", "IF(AND(ISNUMBER(C{r}),C{r}<=AsOf),1,0)"),
                        value("记录链接", "link", r -> link("evaluation/rectifications/" + r.id()))),
                styles);
    }

    /**
     * MU or ME effective on the activity's date: the count with the latest effective date on or before it (LOOKUP over
     * dates in ascending order); before the first, the earliest known count; no history at all, unknown ("").
     */
    private static String memberOn(String dates) {
        String counts = dates.replace("$A$", "$B$").replace("$D$", "$E$");
        String first = "INDEX(" + dates + ",1)";
        return "IF(COUNT(" + dates + ")=0,\"\",IF(B{r}<" + first + ",INDEX(" + counts + ",1),LOOKUP(B{r}," + dates + ","
                + counts + ")))";
    }

    /** The effective dates of one side's history (column A: university, D: enterprise), in ascending order. */
    private String memberDates(MemberCounts counts, String letter) {
        int last = Math.max(counts.entries().size(), 1) + 1;
        return "'" + members.getSheetName() + "'!$" + letter + "$2:$" + letter + "$" + last;
    }

    private void writeMembers(WorkbookStyles styles) {
        Row heading = members.createRow(0);
        String[][] headings = {
            {"高校方生效日期", "university: effectiveOn"},
            {"高校方党员数", "university: party members"},
            null,
            {"企业方生效日期", "enterprise: effectiveOn"},
            {"企业方党员数", "enterprise: party members"}
        };
        for (int c = 0; c < headings.length; c++) {
            members.setColumnWidth(c, 256 * 18);
            if (headings[c] != null) {
                var cell = heading.createCell(c);
                cell.setCellValue(WorkbookStyles.heading(headings[c][0], headings[c][1]));
                cell.setCellStyle(styles.header());
            }
        }
        List<List<MemberCounts.Entry>> sides = List.of(
                facts.universityMembers().entries(), facts.enterpriseMembers().entries());
        int rows = Math.max(sides.get(0).size(), sides.get(1).size());
        for (int i = 0; i < rows; i++) {
            Row row = members.createRow(i + 1);
            for (int side = 0; side < 2; side++) {
                if (i < sides.get(side).size()) {
                    MemberCounts.Entry entry = sides.get(side).get(i);
                    Cells.put(row.createCell(side * 3), entry.effectiveOn(), styles);
                    Cells.put(row.createCell(side * 3 + 1), entry.count(), styles);
                }
            }
        }
    }

    private URI link(String path) {
        return api.resolve(path);
    }

    private static String label(String type, String value) {
        Map<String, EnumLabels.Label> labels = EnumLabels.all().getOrDefault(type, Map.of());
        EnumLabels.Label label = labels.get(value);
        return label == null ? value : label.zh();
    }
}
