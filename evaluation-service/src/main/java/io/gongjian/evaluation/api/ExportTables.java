package io.gongjian.evaluation.api;

import io.gongjian.evaluation.application.BenchmarkView;
import io.gongjian.evaluation.application.CooperationRow;
import io.gongjian.evaluation.application.RankingEntry;
import io.gongjian.evaluation.application.ScoreHistory;
import io.gongjian.evaluation.application.ScoreReport;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.export.ExportColumn;
import io.gongjian.export.TableExport;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The columns of this service's lists as spreadsheets: the JSON fields, headed in Chinese and English. */
final class ExportTables {

    static final TableExport<RankingEntry> RANKING = new TableExport<>(
            "排名 Ranking",
            List.of(
                    ExportColumn.of("名次", "rank", RankingEntry::rank),
                    ExportColumn.of("项目编号", "code", RankingEntry::code),
                    ExportColumn.of("项目名称", "title", RankingEntry::title),
                    ExportColumn.of("行政区划", "region code", RankingEntry::regionCode),
                    ExportColumn.of("综合得分", "composite", RankingEntry::composite),
                    ExportColumn.of("等级", "grade", RankingEntry::grade),
                    ExportColumn.label("等级名称", "grade (zh)", RankingEntry::grade),
                    ExportColumn.of("覆盖率", "coverage", RankingEntry::coverage),
                    ExportColumn.of("共建项目编号", "partnership id", RankingEntry::partnershipId)));

    /** 产学合作数据: the ODS fields in the standard's order, headed with their Chinese names and codes. */
    static final TableExport<CooperationRow> COOPERATION = new TableExport<>(
            "产学合作数据 ODS_CXHZSJ",
            List.of(
                    ExportColumn.of("主键数据唯一性标识", "ZJSJWYXBS", CooperationRow::id),
                    ExportColumn.of("学校代码", "XXDM", CooperationRow::schoolCode),
                    ExportColumn.of("合作企业统一社会信用代码", "HZQYTYSHXYDM", CooperationRow::enterpriseCreditCode),
                    ExportColumn.of("合作企业名称", "HZQYMC", CooperationRow::enterpriseName),
                    ExportColumn.of("合作开始年月", "HZKSNY", CooperationRow::cooperationStart),
                    ExportColumn.of("订单培养人数", "DDPYRS", CooperationRow::orderClassTrainees),
                    ExportColumn.of("共同开发课程门数", "GTKFKCMS", CooperationRow::coursesDeveloped),
                    ExportColumn.of("共同开发教材数", "GTKFJCS", CooperationRow::textbooksDeveloped),
                    ExportColumn.of("支持学校兼职教师数", "ZCXXJZJSS", CooperationRow::partTimeTeachers),
                    ExportColumn.of("接受顶岗实习学生数", "JSDGSXXSS", CooperationRow::internsReceived),
                    ExportColumn.of("接受毕业生就业数", "JSBYSJYS", CooperationRow::graduatesEmployed),
                    ExportColumn.of("学校为企业技术服务年收入（万元）", "XXWQYJSFWNSR", CooperationRow::technicalServiceIncome),
                    ExportColumn.of("数据采集时间", "SJCJSJ", CooperationRow::collectedAt),
                    ExportColumn.of("学校名称", "school name", CooperationRow::schoolName),
                    ExportColumn.of("年度", "year", CooperationRow::year)));

    /** One row per benchmark; its relay chain in one column, "1: host → next (activity date); 2: …". */
    static final TableExport<BenchmarkView> BENCHMARKS = new TableExport<>(
            "标杆 Benchmarks",
            List.of(
                    ExportColumn.of("标杆编号", "benchmark id", BenchmarkView::id),
                    ExportColumn.of("项目编号", "code", benchmark -> shown(benchmark.partnership())),
                    ExportColumn.of("项目名称", "title", benchmark -> benchmark
                            .partnership()
                            .title()),
                    ExportColumn.of("行政区划", "region code", benchmark -> benchmark
                            .partnership()
                            .regionCode()),
                    ExportColumn.of("起始日", "valid from", BenchmarkView::validFrom),
                    ExportColumn.of("截止日", "valid until", BenchmarkView::validUntil),
                    ExportColumn.of("状态", "state", BenchmarkView::state),
                    ExportColumn.of("评定词", "citation", BenchmarkView::citation),
                    ExportColumn.of("评定日", "designated on", BenchmarkView::designatedOn),
                    ExportColumn.of("评定人", "designated by", BenchmarkView::designatedBy),
                    ExportColumn.of("评定时等级", "grade on designation", BenchmarkView::gradeOnDesignation),
                    ExportColumn.label("评定时等级名称", "grade (zh)", BenchmarkView::gradeOnDesignation),
                    ExportColumn.of("破格理由", "override reason", BenchmarkView::overrideReason),
                    ExportColumn.of("当前主办项目", "current host", benchmark -> shown(benchmark.currentHost())),
                    ExportColumn.of(
                            "接力次数", "relays", benchmark -> benchmark.relays().size()),
                    ExportColumn.of("接力链", "relay chain", ExportTables::chain)));

    static final TableExport<ScoreHistory.Point> HISTORY = new TableExport<>("走势 History", historyColumns());

    private ExportTables() {}

    private static String shown(BenchmarkView.PartnershipRef partnership) {
        return partnership.code() == null ? partnership.id().toString() : partnership.code();
    }

    private static String chain(BenchmarkView benchmark) {
        return benchmark.relays().stream()
                .map(relay -> relay.sequence() + ": " + shown(relay.host()) + " → " + shown(relay.nextHost()) + " ("
                        + (relay.showcaseActivity().occurredOn() == null
                                ? relay.showcaseActivity().id()
                                : relay.showcaseActivity().occurredOn())
                        + ")")
                .collect(Collectors.joining("; "));
    }

    private static List<ExportColumn<ScoreHistory.Point>> historyColumns() {
        List<ExportColumn<ScoreHistory.Point>> columns = new ArrayList<>(List.of(
                ExportColumn.of("评估日", "as of", ScoreHistory.Point::asOf),
                ExportColumn.of("综合得分", "composite", ScoreHistory.Point::composite),
                ExportColumn.of("等级", "grade", ScoreHistory.Point::grade),
                ExportColumn.label("等级名称", "grade (zh)", ScoreHistory.Point::grade),
                ExportColumn.of("覆盖率", "coverage", ScoreHistory.Point::coverage)));
        for (Dimension dimension : Dimension.values()) {
            columns.add(ExportColumn.of(dimension.chineseName(), dimension.name(), point -> point.dimensions().stream()
                    .filter(line -> line.code() == dimension)
                    .findFirst()
                    .map(ScoreReport.DimensionLine::score)
                    .orElse(null)));
        }
        return columns;
    }
}
