package io.gongjian.activity.api;

import static java.util.Map.entry;

import io.gongjian.commons.domain.RuleViolation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The kinds of record this service imports from spreadsheets, each declared once by its request record. */
final class ImportKinds {

    static final ImportKind ACTIVITIES = ImportKind.of(
            "activities",
            ActivityRequest.class,
            Map.ofEntries(
                    entry("partnershipId", "合作编号"),
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
                    entry("type", "联学"),
                    entry("mode", "理念共享·思想引领"),
                    entry("title", "两级党委理论学习中心组联学"),
                    entry("occurredOn", "2026-03-12"),
                    entry("location", "广西汽车集团技术中心"),
                    entry("organisingSide", "双方联合"),
                    entry("universityPartyMembers", "18"),
                    entry("enterprisePartyMembers", "22"),
                    entry("attendance", "56"),
                    entry("evidenceLinks", "https://dangjian.example.cn/minutes/2026-03-12.pdf")));

    static final List<ImportKind> ALL = List.of(ACTIVITIES);

    private ImportKinds() {}

    static ImportKind named(String name) {
        Optional<ImportKind> kind =
                ALL.stream().filter(candidate -> candidate.name().equals(name)).findFirst();
        return kind.orElseThrow(() -> new RuleViolation(
                "kind",
                "import.unknown-kind",
                name,
                ALL.stream().map(ImportKind::name).toList()));
    }
}
