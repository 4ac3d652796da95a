package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.RuleViolation;

/**
 * What an organisation says about itself; every field is required but the school code, which only a university's
 * institution has (and may leave out).
 */
public record OrganizationProfile(
        String name,
        OrganizationKind kind,
        PartyLevel level,
        String institution,
        CreditCode creditCode,
        RegionCode regionCode,
        SchoolCode schoolCode) {

    public OrganizationProfile {
        name = Texts.required("name", name, 200);
        institution = Texts.required("institution", institution, 200);
        if (kind == null) {
            throw new RuleViolation("kind", "organisation.kind-required");
        }
        if (level == null) {
            throw new RuleViolation("level", "organisation.level-required");
        }
        if (creditCode == null) {
            throw new RuleViolation("creditCode", "organisation.credit-code-required");
        }
        if (regionCode == null) {
            throw new RuleViolation("regionCode", "organisation.region-code-required");
        }
        if (schoolCode != null && kind != OrganizationKind.UNIVERSITY) {
            throw new RuleViolation("schoolCode", "organisation.school-code-university-only");
        }
    }
}
