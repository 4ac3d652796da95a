package io.gongjian.partnership.api;

import static java.util.Map.entry;

import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.imports.application.ImportBinding;
import io.gongjian.imports.domain.ImportKind;
import io.gongjian.imports.domain.RowOutcome;
import io.gongjian.partnership.application.OrganizationService;
import io.gongjian.partnership.application.PartnershipService;
import io.gongjian.partnership.domain.MemberCount;
import io.gongjian.partnership.domain.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds this service imports from spreadsheets (platform/imports). Organisations: a clerk's register has one row
 * per organisation, so a row is the body of {@code POST /api/v1/organizations} with, beside it, the organisation's
 * party-member count and the date it is effective from (the count a row gives is one entry of the history, as
 * {@code POST …/member-counts} records it; a longer history is recorded one count at a time). Both are written by
 * those two requests' use cases, in one transaction: a row is registered with its count or not at all.
 * Partnerships: a row is the body of {@code POST /api/v1/partnerships} (the term's start and end as two columns, the
 * modes and government parties as lists in one cell), drafted by its use case. Targets and key projects are one
 * request each per partnership and are not part of a row: a partnership has several key projects, and its targets
 * are set once it is agreed.
 */
@ApplicationScoped
class PartnershipImports {

    @Produces
    @Singleton
    ImportBinding<PartnershipRequest> partnerships(PartnershipService partnerships) {
        return ImportBinding.of(
                ImportKind.PARTNERSHIPS,
                PartnershipRequest.class,
                Map.ofEntries(
                        entry("universityOrganizationId", "高校党组织编号"),
                        entry("enterpriseOrganizationId", "企业党组织编号"),
                        entry("governmentOrganizationIds", "政府部门党组织编号"),
                        entry("title", "共建名称"),
                        entry("signedOn", "签约日期"),
                        entry("start", "共建开始日期"),
                        entry("end", "共建结束日期"),
                        entry("modes", "共建模式")),
                Map.ofEntries(
                        entry("universityOrganizationId", "45020000-0000-4000-8000-000000000001"),
                        entry("enterpriseOrganizationId", "45020000-0000-4000-8000-000000000002"),
                        entry("title", "柳州职业技术大学 × 广西汽车集团 校企党建共建"),
                        entry("signedOn", "2024-03-15"),
                        entry("start", "2024-03-15"),
                        entry("end", "2027-03-14"),
                        entry("modes", "理念共享·思想引领；人才共育·交流合作")),
                (caller, request, mode) -> {
                    partnerships.draft(caller, request.toDraft());
                    return RowOutcome.CREATED;
                });
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
}
