package io.gongjian.partnership.api;

import static java.util.Map.entry;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.Message;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.security.Caller;
import io.gongjian.imports.application.ImportBinding;
import io.gongjian.imports.domain.ImportKind;
import io.gongjian.imports.domain.ImportMode;
import io.gongjian.imports.domain.RowOutcome;
import io.gongjian.partnership.application.OrganizationService;
import io.gongjian.partnership.application.PartnershipService;
import io.gongjian.partnership.domain.KeyProject;
import io.gongjian.partnership.domain.MemberCount;
import io.gongjian.partnership.domain.Organization;
import io.gongjian.partnership.domain.Partnership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The kinds this service imports from spreadsheets (platform/imports), each row written by the use cases of single
 * requests, in the import's transaction. Organisations: a clerk's register has one row per organisation, so a row is
 * the body of {@code POST /api/v1/organizations} with, beside it, the organisation's party-member count and the date
 * it is effective from (one entry of the history, as {@code POST …/member-counts} records it): a row is registered
 * with its count or not at all. Member counts: a longer history, one row per organisation and date. Partnerships: a
 * row is the body of {@code POST /api/v1/partnerships}, drafted by its use case, with the annual targets its volume
 * indicator columns give set on the draft ({@code PUT …/targets}). Key projects: a partnership has several, one row
 * each ({@code POST …/key-projects}).
 *
 * <p>Member counts and key projects can be uploaded again: a row naming what is there already (the count of that
 * date, the key project of that title) changes nothing when it says the same, and otherwise amends it (valid-rows) or
 * is refused (atomic), as {@link ImportMode#amendsRecordsItNames()} says.
 */
@ApplicationScoped
class PartnershipImports {

    @Produces
    @Singleton
    ImportBinding<PartnershipRow> partnerships(PartnershipService partnerships) {
        return ImportBinding.of(
                ImportKind.PARTNERSHIPS,
                PartnershipRow.class,
                Map.ofEntries(
                        entry("universityOrganizationId", "高校党组织编号"),
                        entry("enterpriseOrganizationId", "企业党组织编号"),
                        entry("governmentOrganizationIds", "政府部门党组织编号"),
                        entry("title", "共建名称"),
                        entry("signedOn", "签约日期"),
                        entry("start", "共建开始日期"),
                        entry("end", "共建结束日期"),
                        entry("modes", "共建模式"),
                        entry("orgActivityFrequencyTarget", "党建活动频次目标"),
                        entry("resTeachingResourcesTarget", "教学资源共建数目标"),
                        entry("resResearchProjectsTarget", "联合科研项目数目标"),
                        entry("resTalentExchangesTarget", "人才交流人次目标"),
                        entry("socEconomicContributionTarget", "地方经济贡献目标"),
                        entry("innPracticesTarget", "党建创新实践数目标")),
                Map.ofEntries(
                        entry("universityOrganizationId", "45020000-0000-4000-8000-000000000001"),
                        entry("enterpriseOrganizationId", "45020000-0000-4000-8000-000000000002"),
                        entry("title", "柳州职业技术大学 × 广西汽车集团 校企党建共建"),
                        entry("signedOn", "2024-03-15"),
                        entry("start", "2024-03-15"),
                        entry("end", "2027-03-14"),
                        entry("modes", "理念共享·思想引领；人才共育·交流合作"),
                        entry("orgActivityFrequencyTarget", "12"),
                        entry("resTalentExchangesTarget", "100")),
                (caller, row, mode) -> {
                    Partnership drafted =
                            partnerships.draft(caller, row.partnership().toDraft());
                    Map<String, BigDecimal> targets = row.targets().filled();
                    if (!targets.isEmpty()) {
                        partnerships.setTargets(caller, drafted.id(), drafted.version(), targets);
                    }
                    return RowOutcome.CREATED;
                });
    }

    @Produces
    @Singleton
    ImportBinding<KeyProjectRow> keyProjects(PartnershipService partnerships) {
        return ImportBinding.of(
                ImportKind.KEY_PROJECTS,
                KeyProjectRow.class,
                Map.ofEntries(
                        entry("partnershipId", "合作编号"),
                        entry("title", "重点工程名称"),
                        entry("mode", "共建模式"),
                        entry("leadSide", "牵头方"),
                        entry("dueOn", "完成期限"),
                        entry("status", "工程状态")),
                Map.ofEntries(
                        entry("partnershipId", "45020000-0000-4000-8000-000000000001"),
                        entry("title", "共建新能源汽车联合实验室"),
                        entry("mode", "科技创新·成果转化"),
                        entry("leadSide", "双方联合"),
                        entry("dueOn", "2027-03-14"),
                        entry("status", "推进中")),
                (caller, row, mode) -> keyProject(partnerships, caller, row, mode));
    }

    /** Adds the row's key project, or finds it by title: unchanged, revised or refused as the mode says. */
    private static RowOutcome keyProject(
            PartnershipService partnerships, Caller caller, KeyProjectRow row, ImportMode mode) {
        UUID partnershipId = row.partnershipId();
        KeyProject project = row.keyProject().toKeyProject(UUID.randomUUID());
        Partnership partnership = partnerships.forChange(caller, partnershipId);
        Optional<KeyProject> sameTitle = partnership.keyProjects().stream()
                .filter(existing -> existing.title().equals(project.title()))
                .findFirst();
        if (sameTitle.isEmpty()) {
            partnerships.addKeyProject(caller, partnershipId, project);
            return RowOutcome.CREATED;
        }
        KeyProject existing = sameTitle.get();
        KeyProject revised = row.keyProject().toKeyProject(existing.id());
        if (revised.equals(existing)) {
            return RowOutcome.UNCHANGED;
        }
        if (!mode.amendsRecordsItNames()) {
            throw new Conflict(
                    "title",
                    Message.of("key-project.title-taken", existing.title(), existing.id()),
                    Map.of("existingId", existing.id(), "currentVersion", partnership.version()));
        }
        partnerships.reviseKeyProject(caller, partnershipId, partnership.version(), revised);
        return RowOutcome.AMENDED;
    }

    @Produces
    @Singleton
    ImportBinding<OrganizationRow> organizations(OrganizationService organizations) {
        return ImportBinding.of(
                ImportKind.ORGANIZATIONS,
                OrganizationRow.class,
                Map.ofEntries(
                        entry("id", "组织编号"),
                        entry("name", "党组织名称"),
                        entry("kind", "组织类型"),
                        entry("level", "党组织层级"),
                        entry("institution", "所在单位"),
                        entry("creditCode", "统一社会信用代码"),
                        entry("schoolCode", "学校代码"),
                        entry("regionCode", "行政区划代码"),
                        entry("memberCount", "党员人数"),
                        entry("memberCountOn", "党员人数日期")),
                Map.ofEntries(
                        entry("name", "中共柳州职业技术大学委员会"),
                        entry("kind", "高校"),
                        entry("level", "党委"),
                        entry("institution", "柳州职业技术大学"),
                        entry("creditCode", "12450200498600571A"),
                        entry("regionCode", "450200"),
                        entry("memberCount", "1465"),
                        entry("memberCountOn", "2026-01-01")),
                (caller, row, mode) -> {
                    if (row.memberCount() != null && row.memberCountOn() == null) {
                        throw new RuleViolation("memberCountOn", "required", "memberCountOn");
                    }
                    OrganizationRequest request = row.organization();
                    // Where an externalRef is to be honoured, this is the place: find the organisation and revise it.
                    Organization registered =
                            organizations.register(caller, Optional.ofNullable(request.id()), request.toProfile());
                    if (row.memberCount() != null) {
                        organizations.recordMemberCount(
                                caller, registered.id(), new MemberCount(row.memberCountOn(), row.memberCount()));
                    }
                    return RowOutcome.CREATED;
                });
    }

    @Produces
    @Singleton
    ImportBinding<MemberCountRow> memberCounts(OrganizationService organizations) {
        return ImportBinding.of(
                ImportKind.MEMBER_COUNTS,
                MemberCountRow.class,
                Map.of("organizationId", "组织编号", "count", "党员人数", "effectiveOn", "生效日期"),
                Map.of(
                        "organizationId", "45020000-0000-4000-8000-000000000001",
                        "count", "1465",
                        "effectiveOn", "2026-01-01"),
                (caller, row, mode) -> memberCount(organizations, caller, row, mode));
    }

    /** Records the row's count, unless that date's count is the same; another count replaces it or is refused. */
    private static RowOutcome memberCount(
            OrganizationService organizations, Caller caller, MemberCountRow row, ImportMode mode) {
        MemberCount count = new MemberCount(
                row.memberCount().effectiveOn(), row.memberCount().count());
        Organization organization = organizations.forChange(caller, row.organizationId());
        Optional<MemberCount> sameDate = organization.memberCounts().stream()
                .filter(existing -> existing.effectiveOn().equals(count.effectiveOn()))
                .findFirst();
        if (sameDate.isPresent() && sameDate.get().equals(count)) {
            return RowOutcome.UNCHANGED;
        }
        if (sameDate.isPresent() && !mode.amendsRecordsItNames()) {
            throw new Conflict(
                    "effectiveOn",
                    Message.of(
                            "member-count.date-taken",
                            count.effectiveOn(),
                            sameDate.get().count()),
                    Map.of("currentVersion", organization.version()));
        }
        // A second count for a date replaces the first, with its history entry: the amendment of that date's count.
        organizations.recordMemberCount(caller, organization.id(), count);
        return sameDate.isPresent() ? RowOutcome.AMENDED : RowOutcome.CREATED;
    }
}
