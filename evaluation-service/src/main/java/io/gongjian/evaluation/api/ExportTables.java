package io.gongjian.evaluation.api;

import io.gongjian.evaluation.application.RankingEntry;
import io.gongjian.evaluation.application.ScoreHistory;
import io.gongjian.evaluation.application.ScoreReport;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.export.ExportColumn;
import io.gongjian.export.TableExport;
import java.util.ArrayList;
import java.util.List;

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

    static final TableExport<ScoreHistory.Point> HISTORY = new TableExport<>("走势 History", historyColumns());

    private ExportTables() {}

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
