package io.gongjian.activity.api;

import io.gongjian.activity.domain.RecordKind;
import io.gongjian.activity.domain.RecordStatus;
import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.records.api.ListParameters;
import io.gongjian.records.application.RecordQuery;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The query parameters every list of logged records takes: paging, sorting and the filters. */
public class RecordListParameters extends ListParameters {

    static final List<String> SORTABLE = List.of("type", "status");
    /** The business date as each record type's body names it. */
    static final List<String> DATE_FIELDS = List.of("occurredOn", "registeredOn", "convertedOn");

    @QueryParam("sort")
    @Schema(
            description = "The record's date as its body names it (occurredOn, registeredOn or convertedOn; the "
                    + "default, newest first), type or status; prefix '-' for descending",
            example = "-occurredOn")
    String sort;

    @QueryParam("type")
    @Schema(description = "The type code of the record (e.g. JOINT_STUDY, INTERNSHIP, RESEARCH_OUTPUT)")
    String type;

    @QueryParam("status")
    @Schema(enumeration = {"ACTIVE", "REVOKED"})
    String status;

    @Override
    public PageRequest pageRequest() {
        return pageRequest(sort, SORTABLE, DATE_FIELDS);
    }

    /** @param typeCodes the type codes this kind of record has, to refuse an unknown one with a clear message */
    <E extends Enum<E>> RecordQuery query(RecordKind kind, Class<E> typeCodes) {
        return query(
                kind,
                QueryParameters.enumValue("type", type, typeCodes),
                QueryParameters.enumValue("status", status, RecordStatus.class));
    }
}
