package io.gongjian.evaluation.api;

import io.gongjian.evaluation.domain.AssessmentDetails;
import io.gongjian.evaluation.domain.Facts;
import io.gongjian.evaluation.domain.InputStatus;
import io.gongjian.evaluation.domain.RectificationDetails;
import io.gongjian.evaluation.domain.SurveyDetails;
import io.gongjian.export.ExportColumn;
import io.gongjian.export.TableExport;
import io.gongjian.records.domain.VersionedRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The three inputs as the API shows them, and their lists as spreadsheets. */
final class InputResponses {

    /** What every input's response shows besides its own fields. */
    interface Input {
        UUID id();

        UUID partnershipId();

        String externalRef();

        InputStatus status();

        String withdrawalReason();

        long version();
    }

    private InputResponses() {}

    /** An input's own columns, between the id and partnership it starts with and its status, reason and version. */
    private static <R extends Input> TableExport<R> table(String sheetName, List<ExportColumn<R>> own) {
        List<ExportColumn<R>> columns = new ArrayList<>();
        columns.add(ExportColumn.of("编号", "id", Input::id));
        columns.add(ExportColumn.of("共建项目编号", "partnership id", Input::partnershipId));
        columns.add(ExportColumn.of("外部编号", "external ref", Input::externalRef));
        columns.addAll(own);
        columns.add(ExportColumn.label("状态", "status", Input::status));
        columns.add(ExportColumn.of("撤回原因", "withdrawal reason", Input::withdrawalReason));
        columns.add(ExportColumn.of("版本", "version", Input::version));
        return new TableExport<>(sheetName, columns);
    }

    record AssessmentResponse(
            UUID id,
            UUID partnershipId,
            @Schema(nullable = true, description = "Your own id for it, if you gave one") String externalRef,
            Facts.AssessmentKind kind,
            BigDecimal score,
            LocalDate assessedOn,
            @Schema(nullable = true) String comment,
            InputStatus status,
            @Schema(nullable = true) String withdrawalReason,
            long version)
            implements Input {

        static final TableExport<AssessmentResponse> TABLE = table(
                "评估 Assessments",
                List.of(
                        ExportColumn.label("评估类别", "kind", AssessmentResponse::kind),
                        ExportColumn.of("得分", "score", AssessmentResponse::score),
                        ExportColumn.of("评估日期", "assessed on", AssessmentResponse::assessedOn),
                        ExportColumn.of("评语", "comment", AssessmentResponse::comment)));

        static AssessmentResponse of(VersionedRecord<?> input) {
            AssessmentDetails d = (AssessmentDetails) input.details();
            return new AssessmentResponse(
                    input.id(),
                    input.partnershipId(),
                    input.externalRef(),
                    d.kind(),
                    d.score(),
                    d.assessedOn(),
                    d.comment(),
                    InputStatus.valueOf(input.status()),
                    input.closingReason(),
                    input.version());
        }
    }

    record SurveyResponse(
            UUID id,
            UUID partnershipId,
            @Schema(nullable = true, description = "Your own id for it, if you gave one") String externalRef,
            Facts.SurveyKind kind,
            Facts.RespondentSide side,
            LocalDate collectedOn,
            int respondents,
            BigDecimal mean,
            InputStatus status,
            @Schema(nullable = true) String withdrawalReason,
            long version)
            implements Input {

        static final TableExport<SurveyResponse> TABLE = table(
                "调查 Surveys",
                List.of(
                        ExportColumn.label("调查类别", "kind", SurveyResponse::kind),
                        ExportColumn.label("受访方", "side", SurveyResponse::side),
                        ExportColumn.of("采集日期", "collected on", SurveyResponse::collectedOn),
                        ExportColumn.of("受访人数", "respondents", SurveyResponse::respondents),
                        ExportColumn.of("平均分", "mean", SurveyResponse::mean)));

        static SurveyResponse of(VersionedRecord<?> input) {
            SurveyDetails d = (SurveyDetails) input.details();
            return new SurveyResponse(
                    input.id(),
                    input.partnershipId(),
                    input.externalRef(),
                    d.kind(),
                    d.side(),
                    d.collectedOn(),
                    d.respondents(),
                    d.mean(),
                    InputStatus.valueOf(input.status()),
                    input.closingReason(),
                    input.version());
        }
    }

    record RectificationResponse(
            UUID id,
            UUID partnershipId,
            @Schema(nullable = true, description = "Your own id for it, if you gave one") String externalRef,
            String issue,
            LocalDate raisedOn,
            LocalDate dueOn,
            boolean completed,
            @Schema(nullable = true) LocalDate completedOn,
            @Schema(nullable = true) String completionNote,
            InputStatus status,
            @Schema(nullable = true) String withdrawalReason,
            long version)
            implements Input {

        static final TableExport<RectificationResponse> TABLE = table(
                "整改 Rectifications",
                List.of(
                        ExportColumn.of("问题", "issue", RectificationResponse::issue),
                        ExportColumn.of("提出日期", "raised on", RectificationResponse::raisedOn),
                        ExportColumn.of("整改期限", "due on", RectificationResponse::dueOn),
                        ExportColumn.of("已完成", "completed", RectificationResponse::completed),
                        ExportColumn.of("完成日期", "completed on", RectificationResponse::completedOn),
                        ExportColumn.of("完成说明", "completion note", RectificationResponse::completionNote)));

        static RectificationResponse of(VersionedRecord<?> input) {
            RectificationDetails d = (RectificationDetails) input.details();
            return new RectificationResponse(
                    input.id(),
                    input.partnershipId(),
                    input.externalRef(),
                    d.issue(),
                    d.raisedOn(),
                    d.dueOn(),
                    d.wasCompleted(),
                    d.completedOn(),
                    d.completionNote(),
                    InputStatus.valueOf(input.status()),
                    input.closingReason(),
                    input.version());
        }
    }
}
