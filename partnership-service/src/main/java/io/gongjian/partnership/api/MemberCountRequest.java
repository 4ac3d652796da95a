package io.gongjian.partnership.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberCount", description = "The party-member count of an organisation, effective from a date on")
public record MemberCountRequest(
        @NotNull @Min(0) @Schema(example = "1465") Integer count,
        @NotNull @Schema(example = "2026-01-01") LocalDate effectiveOn) {}
