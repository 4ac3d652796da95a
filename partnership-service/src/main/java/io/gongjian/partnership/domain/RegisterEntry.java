package io.gongjian.partnership.domain;

import java.util.UUID;

/**
 * What the public register shows of a party organisation, and so all that a prospective partner sees of it before
 * the partnership is agreed: no credit code, no member counts, no history.
 */
public record RegisterEntry(UUID id, String name, OrganizationKind kind, PartyLevel level, RegionCode regionCode) {}
