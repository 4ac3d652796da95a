package io.gongjian.partnership.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * One row of a member-counts spreadsheet: the organisation, and the body of
 * {@code POST /api/v1/organizations/{id}/member-counts}; an organisation's history is one row per date.
 */
public record MemberCountRow(@NotNull UUID organizationId, @NotNull @Valid MemberCountRequest memberCount) {}
