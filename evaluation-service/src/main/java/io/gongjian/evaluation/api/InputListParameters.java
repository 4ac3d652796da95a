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

    static final List<String> SORTABLE = List.of("businessDate", "status");

    @QueryParam("sort")
    @Schema(description = "businessDate (default, newest first: -businessDate) or status; prefix '-' for descending")
    String sort;

    @QueryParam("status")
    @Schema(enumeration = {"ACTIVE", "WITHDRAWN"})
    String status;

    @Override
    public PageRequest pageRequest() {
        return pageRequest(sort, SORTABLE);
    }

    /** @param type the kind of assessment or survey batch asked for, if any */
    RecordQuery query(InputKind kind, Enum<?> type) {
        return query(kind, type, QueryParameters.enumValue("status", status, InputStatus.class));
    }
}
