package io.gongjian.evaluation.api;

import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.evaluation.domain.InputKind;
import io.gongjian.evaluation.domain.InputStatus;
import io.gongjian.records.api.ListParameters;
import io.gongjian.records.application.RecordQuery;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The query parameters every input list takes: paging, sorting and the filters. */
public class InputListParameters extends ListParameters {

    static final List<String> SORTABLE = List.of("status");
    /** The business date as each input's body names it. */
    static final List<String> DATE_FIELDS = List.of("assessedOn", "collectedOn", "raisedOn");

    @QueryParam("sort")
    @Schema(
            description = "The input's date as its body names it (assessedOn, collectedOn or raisedOn; the default, "
                    + "newest first) or status; prefix '-' for descending",
            example = "-assessedOn")
    String sort;

    @QueryParam("status")
    @Schema(enumeration = {"ACTIVE", "WITHDRAWN"})
    String status;

    @Override
    public PageRequest pageRequest() {
        return pageRequest(sort, SORTABLE, DATE_FIELDS);
    }

    /** @param type the kind of assessment or survey batch asked for, if any */
    RecordQuery query(InputKind kind, Enum<?> type) {
        return query(kind, type, QueryParameters.enumValue("status", status, InputStatus.class));
    }
}
