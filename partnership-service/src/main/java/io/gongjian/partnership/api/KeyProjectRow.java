package io.gongjian.partnership.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * One row of a key-projects spreadsheet: the partnership, and the body of
 * {@code POST /api/v1/partnerships/{id}/key-projects}. Within a partnership the title names the key project, so that
 * a file uploaded again finds the ones it added.
 */
public record KeyProjectRow(@NotNull UUID partnershipId, @NotNull @Valid KeyProjectRequest keyProject) {}
