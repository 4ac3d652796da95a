package io.gongjian.evaluation.api;

import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.evaluation.application.InputQuery;
import io.gongjian.evaluation.domain.InputKind;
import io.gongjian.evaluation.domain.InputStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The query parameters every input list takes: paging, sorting and the filters. */
public class InputListParameters {

    static final List<String> SORTABLE = List.of("businessDate", "status");

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(PageRequest.MAX_SIZE)
    int size;

    @QueryParam("sort")
    @Schema(description = "businessDate (default, newest first: -businessDate) or status; prefix '-' for descending")
    String sort;

    @QueryParam("partnership")
    @Schema(description = "Inputs of this partnership (id)")
    String partnership;

    @QueryParam("from")
    @Schema(description = "Business date on or after (YYYY-MM-DD)")
    String from;

    @QueryParam("to")
    @Schema(description = "Business date on or before (YYYY-MM-DD)")
    String to;

    @QueryParam("status")
    @Schema(enumeration = {"ACTIVE", "WITHDRAWN"})
    String status;

    PageRequest pageRequest() {
        return PageRequest.of(page, size, sort, SORTABLE, "-businessDate");
    }

    InputQuery query(InputKind kind, String type) {
        return new InputQuery(
                kind,
                QueryParameters.uuid("partnership", partnership),
                type,
                QueryParameters.date("from", from),
                QueryParameters.date("to", to),
                QueryParameters.enumValue("status", status, InputStatus.class));
    }
}
