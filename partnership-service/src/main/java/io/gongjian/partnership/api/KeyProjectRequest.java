package io.gongjian.partnership.api;

import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import io.gongjian.partnership.domain.KeyProject;
import io.gongjian.partnership.domain.KeyProjectStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KeyProjectRequest", description = "A key project (重点工程) of the agreement")
public record KeyProjectRequest(
        @NotBlank @Schema(example = "共建新能源汽车联合实验室") String title,
        @NotNull @Schema(example = "INNOVATION") CoConstructionMode mode,
        @NotNull @Schema(example = "JOINT") Side leadSide,
        @NotNull @Schema(example = "2027-03-14") LocalDate dueOn,
        @Schema(description = "PLANNED when left out", example = "IN_PROGRESS") KeyProjectStatus status) {

    KeyProject toKeyProject(UUID id) {
        return new KeyProject(id, title, mode, leadSide, dueOn, status);
    }
}
