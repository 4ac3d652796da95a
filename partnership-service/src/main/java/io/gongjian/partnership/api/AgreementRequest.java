package io.gongjian.partnership.api;

import io.gongjian.events.CoConstructionMode;
import io.gongjian.partnership.domain.Agreement;
import io.gongjian.partnership.domain.Term;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementRequest", description = "The editable terms of an agreement")
public record AgreementRequest(
        @NotBlank @Schema(example = "柳州职业技术大学 × 广西汽车集团 校企党建共建") String title,
        @NotNull @Schema(example = "2024-03-15") LocalDate signedOn,
        @NotNull @Valid TermRequest term,
        @NotEmpty @Schema(example = "[\"IDEOLOGY\", \"TALENT\", \"INNOVATION\"]") Set<CoConstructionMode> modes) {

    Agreement toAgreement() {
        return new Agreement(title, signedOn, term.toTerm(), modes);
    }

    @Schema(name = "Term", description = "Closed date range, start ≤ end")
    public record TermRequest(
            @NotNull @Schema(example = "2024-03-15") LocalDate start,
            @NotNull @Schema(example = "2027-03-14") LocalDate end) {
        Term toTerm() {
            return new Term(start, end);
        }
    }
}
