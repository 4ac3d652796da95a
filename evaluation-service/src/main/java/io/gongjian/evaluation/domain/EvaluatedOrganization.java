package io.gongjian.evaluation.domain;

import java.util.UUID;

/** What this context knows of a party organisation: its party-member count history. */
public record OrganizationMembers(UUID id, long version, MemberCounts counts) {}
