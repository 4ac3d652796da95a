package io.gongjian.evaluation.api;

import io.gongjian.commons.api.QueryParameters;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The window the indicators are computed over, as every score read takes it: documented as a whole number of days,
 * read as text so that a malformed value is a 400 naming {@code windowDays} (the range is the domain's rule, 422).
 */
public class ScoreWindow {

    @QueryParam("windowDays")
    @Parameter(
            description = "The window in days, 30..1095, default 365",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "30", maximum = "1095", defaultValue = "365"))
    String windowDays;

    /** The days asked for; none means the default. */
    Integer days() {
        return QueryParameters.integer("windowDays", windowDays);
    }
}
