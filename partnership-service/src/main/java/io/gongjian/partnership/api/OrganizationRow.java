package io.gongjian.partnership.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * One row of an organisations spreadsheet: the body of {@code POST /api/v1/organizations}, and its latest
 * party-member count with the date it is effective from.
 *
 * @param memberCount the party members from {@code memberCountOn} on; none: no count recorded
 */
public record OrganizationRow(
        @NotNull @Valid OrganizationRequest organization,
        @Min(0) @Max(10_000_000) Integer memberCount,
        LocalDate memberCountOn) {}
