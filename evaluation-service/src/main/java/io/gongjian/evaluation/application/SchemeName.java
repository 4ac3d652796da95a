package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.weights.WeightScheme;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which weight scheme a score or ranking was computed with (WEIGHTS.md). */
@Schema(name = "WeightSchemeName", description = "The weight scheme a score or ranking was computed with")
public record SchemeName(
        @Schema(
                        description = "The scheme's region-code prefix, or DEFAULT for INDICATORS.md's scheme",
                        example = "4501")
                String prefix,
        @Schema(description = "Its version within the prefix (1 for the default)") int version,
        @Schema(nullable = true, description = "The first date it applies on; null for the default")
                LocalDate effectiveFrom) {

    public static SchemeName of(WeightScheme scheme) {
        return new SchemeName(scheme.scope(), scheme.version(), scheme.effectiveFrom());
    }
}
