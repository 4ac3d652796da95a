package io.gongjian.records.api;

import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.records.application.RecordQuery;
import io.gongjian.records.domain.Kind;
import io.gongjian.records.domain.VersionedRecord;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The query parameters every record list takes: page, size, partnership, business dates. A service's subclass adds
 * its sort fields, status values and type codes, each documented in its own words.
 */
public abstract class ListParameters {

    private static final String BUSINESS_DATE = "businessDate";

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(PageRequest.MAX_SIZE)
    int size;

    @QueryParam("partnership")
    @Schema(description = "Records of this partnership (id)", format = "uuid")
    String partnership;

    @QueryParam("from")
    @Schema(description = "Business date on or after (YYYY-MM-DD)", format = "date")
    String from;

    @QueryParam("to")
    @Schema(description = "Business date on or before (YYYY-MM-DD)", format = "date")
    String to;

    @QueryParam("externalRef")
    @Schema(
            description = "The record you recorded under this id of yours (`externalRef`)",
            maxLength = VersionedRecord.MAX_EXTERNAL_REF)
    String externalRef;

    /** The page asked for. */
    public abstract PageRequest pageRequest();

    /**
     * The page asked for, sorted by one of {@code sortable}: by default the newest business date first. The business
     * date is sorted on by the name the response body gives it ({@code dateFields}: occurredOn, assessedOn, …);
     * {@code businessDate}, its former name, still works.
     */
    protected PageRequest pageRequest(String sort, List<String> sortable, List<String> dateFields) {
        List<String> fields = new ArrayList<>(dateFields);
        fields.addAll(sortable);
        boolean formerName = sort != null && sort.strip().replaceFirst("^-", "").equals(BUSINESS_DATE);
        PageRequest request = formerName
                ? PageRequest.of(page, size, sort, List.of(BUSINESS_DATE), null)
                : PageRequest.of(page, size, sort, fields, "-" + dateFields.get(0));
        return dateFields.contains(request.sortField())
                ? new PageRequest(page, size, BUSINESS_DATE, request.descending())
                : request;
    }

    /** The filters every list has, for records of {@code kind}; {@code type} and {@code status} as read. */
    protected RecordQuery query(Kind kind, Enum<?> type, Enum<?> status) {
        return new RecordQuery(
                        kind,
                        QueryParameters.uuid("partnership", partnership),
                        type == null ? null : type.name(),
                        QueryParameters.date("from", from),
                        QueryParameters.date("to", to),
                        status == null ? null : status.name(),
                        Map.of())
                .matching(RecordQuery.EXTERNAL_REF, VersionedRecord.externalRef(externalRef));
    }
}
