package io.gongjian.evaluation.api;

import io.gongjian.evaluation.application.InputService;
import io.gongjian.imports.application.ImportBinding;
import io.gongjian.imports.application.RecordImports;
import io.gongjian.imports.domain.ImportKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The evaluator inputs this service imports from spreadsheets (platform/imports): assessments, survey batches and
 * rectification items, each read into the body of its single POST and written by that POST's use case (the same
 * rules, scope, history, events and rescoring). A rectification item is raised open, as by its POST; completing it
 * stays one request per item.
 */
@ApplicationScoped
class InputImports {

    @Produces
    @Singleton
    ImportBinding<AssessmentRequest> assessments(InputService inputs) {
        return ImportBinding.of(
                ImportKind.ASSESSMENTS,
                AssessmentRequest.class,
                Map.of(
                        "partnershipId", "合作编号",
                        "externalRef", "外部编号",
                        "kind", "评价类别",
                        "score", "评分",
                        "assessedOn", "评价日期",
                        "comment", "评语"),
                Map.of(
                        "partnershipId", "45020000-0000-4000-8000-000000000001",
                        "kind", "组织建设完善度",
                        "score", "86.5",
                        "assessedOn", "2026-06-30",
                        "comment", "双支部结对机制健全"),
                (caller, request, mode) -> RecordImports.record(inputs, caller, request, mode));
    }

    @Produces
    @Singleton
    ImportBinding<SurveyRequest> surveys(InputService inputs) {
        return ImportBinding.of(
                ImportKind.SURVEYS,
                SurveyRequest.class,
                Map.of(
                        "partnershipId", "合作编号",
                        "externalRef", "外部编号",
                        "kind", "调查类别",
                        "side", "调查对象",
                        "collectedOn", "收集日期",
                        "respondents", "答卷人数",
                        "mean", "平均分"),
                Map.of(
                        "partnershipId", "45020000-0000-4000-8000-000000000001",
                        "kind", "满意度",
                        "side", "企业方",
                        "collectedOn", "2026-07-15",
                        "respondents", "40",
                        "mean", "88.2"),
                (caller, request, mode) -> RecordImports.record(inputs, caller, request, mode));
    }

    @Produces
    @Singleton
    ImportBinding<RectificationRequest> rectifications(InputService inputs) {
        return ImportBinding.of(
                ImportKind.RECTIFICATIONS,
                RectificationRequest.class,
                Map.of(
                        "partnershipId", "合作编号",
                        "externalRef", "外部编号",
                        "issue", "整改问题",
                        "raisedOn", "提出日期",
                        "dueOn", "整改期限"),
                Map.of(
                        "partnershipId", "45020000-0000-4000-8000-000000000001",
                        "issue", "企业方党员参与率偏低",
                        "raisedOn", "2026-07-01",
                        "dueOn", "2026-10-31"),
                (caller, request, mode) -> RecordImports.record(inputs, caller, request, mode));
    }
}
