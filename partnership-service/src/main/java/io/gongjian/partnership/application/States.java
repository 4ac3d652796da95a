package io.gongjian.partnership.application;

import io.gongjian.events.OrganizationChanged;
import io.gongjian.events.PartnershipChanged;
import io.gongjian.partnership.domain.Organization;
import io.gongjian.partnership.domain.Partnership;
import java.util.Map;
import java.util.TreeMap;

/** The full state of an aggregate as the event contract shows it: published, and diffed for the history. */
final class States {

    private States() {}

    static OrganizationChanged of(Organization organization) {
        var profile = organization.profile();
        return new OrganizationChanged(
                organization.id(),
                organization.version(),
                profile.name(),
                profile.kind().name(),
                profile.level().name(),
                profile.institution(),
                profile.creditCode().value(),
                profile.regionCode().value(),
                organization.memberCounts().stream()
                        .map(count -> new OrganizationChanged.MemberCount(count.effectiveOn(), count.count()))
                        .toList(),
                profile.schoolCode() == null ? null : profile.schoolCode().value());
    }

    static PartnershipChanged of(Partnership partnership) {
        var agreement = partnership.agreement();
        Map<String, java.math.BigDecimal> targets = new TreeMap<>();
        partnership.targets().forEach((indicator, target) -> targets.put(indicator.name(), target));
        return new PartnershipChanged(
                partnership.id(),
                partnership.version(),
                partnership.code(),
                agreement.title(),
                partnership.status().name(),
                partnership.parties().universityOrganizationId(),
                partnership.parties().enterpriseOrganizationId(),
                partnership.parties().governmentOrganizationIds(),
                partnership.regionCode().value(),
                agreement.signedOn(),
                agreement.term().start(),
                agreement.term().end(),
                agreement.modes().stream().map(Enum::name).sorted().toList(),
                targets,
                partnership.keyProjects().stream()
                        .map(project -> new PartnershipChanged.KeyProject(
                                project.id(),
                                project.title(),
                                project.mode().name(),
                                project.leadSide().name(),
                                project.dueOn(),
                                project.status().name()))
                        .toList());
    }
}
