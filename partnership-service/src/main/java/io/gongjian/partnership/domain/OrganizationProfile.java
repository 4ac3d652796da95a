package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.RuleViolation;

/** What an organisation says about itself; every field is required. */
public record OrganizationProfile(
        String name,
        OrganizationKind kind,
        PartyLevel level,
        String institution,
        CreditCode creditCode,
        RegionCode regionCode) {

    public OrganizationProfile {
        name = Texts.required("name", name, 200);
        institution = Texts.required("institution", institution, 200);
        if (kind == null) {
            throw new RuleViolation("kind", "the kind is required: UNIVERSITY, ENTERPRISE or GOVERNMENT");
        }
        if (level == null) {
            throw new RuleViolation("level", "the level is required: COMMITTEE, GENERAL_BRANCH or BRANCH");
        }
        if (creditCode == null) {
            throw new RuleViolation("creditCode", "the institution's unified social credit code is required");
        }
        if (regionCode == null) {
            throw new RuleViolation("regionCode", "the region code is required");
        }
    }
}
