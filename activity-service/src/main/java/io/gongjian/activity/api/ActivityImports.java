package io.gongjian.activity.api;

import static java.util.Map.entry;

import io.gongjian.activity.application.RecordService;
import io.gongjian.imports.application.ImportBinding;
import io.gongjian.imports.application.RecordImports;
import io.gongjian.imports.domain.ImportKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The kinds of record this service imports from spreadsheets (platform/imports): for each, its request record (the
 * body of its single POST), Chinese headings, an example row, and the write, which is that POST's use case.
 */
@ApplicationScoped
class ActivityImports {

    @Produces
    @Singleton
    ImportBinding<ActivityRequest> activities(RecordService records) {
        return ImportBinding.of(
                ImportKind.ACTIVITIES,
                ActivityRequest.class,
                Map.ofEntries(
                        entry("partnershipId", "合作编号"),
                        entry("externalRef", "外部编号"),
                        entry("type", "活动类型"),
                        entry("mode", "共建模式"),
                        entry("title", "活动名称"),
                        entry("occurredOn", "活动日期"),
                        entry("location", "活动地点"),
                        entry("organisingSide", "组织方"),
                        entry("universityPartyMembers", "校方党员人数"),
                        entry("enterprisePartyMembers", "企业方党员人数"),
                        entry("attendance", "参加总人数"),
                        entry("evidenceLinks", "佐证材料链接"),
                        entry("facilityId", "共建阵地编号")),
                Map.ofEntries(
                        entry("partnershipId", "45020000-0000-4000-8000-000000000001"),
                        entry("externalRef", "OA-2026-0312"),
                        entry("type", "联学"),
                        entry("mode", "理念共享·思想引领"),
                        entry("title", "两级党委理论学习中心组联学"),
                        entry("occurredOn", "2026-03-12"),
                        entry("location", "广西汽车集团技术中心"),
                        entry("organisingSide", "双方联合"),
                        entry("universityPartyMembers", "18"),
                        entry("enterprisePartyMembers", "22"),
                        entry("attendance", "56"),
                        entry("evidenceLinks", "https://dangjian.example.cn/minutes/2026-03-12.pdf")),
                (caller, request, mode) -> RecordImports.record(records, caller, request, mode));
    }

    @Produces
    @Singleton
    ImportBinding<ExchangeRequest> exchanges(RecordService records) {
        return ImportBinding.of(
                ImportKind.EXCHANGES,
                ExchangeRequest.class,
                Map.of(
                        "partnershipId", "合作编号",
                        "externalRef", "外部编号",
                        "type", "交流类型",
                        "direction", "交流方向",
                        "occurredOn", "交流日期",
                        "headcount", "人数",
                        "description", "说明",
                        "facilityId", "共建阵地编号"),
                Map.of(
                        "partnershipId", "45020000-0000-4000-8000-000000000001",
                        "type", "顶岗实习",
                        "direction", "校到企",
                        "occurredOn", "2026-07-01",
                        "headcount", "45",
                        "description", "2026届汽车制造专业顶岗实习第一批"),
                (caller, request, mode) -> RecordImports.record(records, caller, request, mode));
    }

    @Produces
    @Singleton
    ImportBinding<AchievementRequest> achievements(RecordService records) {
        return ImportBinding.of(
                ImportKind.ACHIEVEMENTS,
                AchievementRequest.class,
                Map.of(
                        "partnershipId", "合作编号",
                        "externalRef", "外部编号",
                        "type", "成果类型",
                        "resourceKind", "教学资源类别",
                        "title", "成果名称",
                        "registeredOn", "登记日期",
                        "description", "说明"),
                Map.of(
                        "partnershipId", "45020000-0000-4000-8000-000000000001",
                        "type", "联合科研项目",
                        "title", "新能源汽车电池包热管理联合研发",
                        "registeredOn", "2026-05-20",
                        "description", "校企联合研发团队"),
                (caller, request, mode) -> RecordImports.record(records, caller, request, mode));
    }

    @Produces
    @Singleton
    ImportBinding<ConversionRow> conversions(RecordService records) {
        return ImportBinding.of(
                ImportKind.CONVERSIONS,
                ConversionRow.class,
                Map.of(
                        "achievementId", "成果编号",
                        "externalRef", "外部编号",
                        "convertedOn", "转化日期",
                        "form", "转化方式",
                        "outputValue", "新增产值（万元）",
                        "jobsCreated", "新增就业岗位",
                        "universityIncome", "学校技术服务收入（万元）"),
                Map.of(
                        "achievementId", "45020000-0000-4000-8000-0000000000a1",
                        "convertedOn", "2026-09-01",
                        "form", "许可",
                        "outputValue", "120.5",
                        "jobsCreated", "6"),
                (caller, row, mode) -> RecordImports.record(
                        records,
                        caller,
                        records.partnershipOfAchievement(caller, row.achievementId()),
                        row.conversion().externalRef(),
                        row.conversion().toDetails(row.achievementId()),
                        mode));
    }
}
