package io.gongjian.activity.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FacilityClosure", description = "The day a facility was last open")
public record FacilityClosure(
        @NotNull
                @Schema(
                        description =
                                "openedOn … today (Asia/Shanghai); what took place there must lie on or before it",
                        example = "2026-06-30")
                LocalDate closedOn) {}
