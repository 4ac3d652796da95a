package io.gongjian.activity.api;

import io.gongjian.activity.application.RecordQuery;
import io.gongjian.activity.domain.RecordKind;
import io.gongjian.activity.domain.RecordStatus;
import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The query parameters every record list takes: paging, sorting and the filters. */
public class RecordListParameters {

    static final List<String> SORTABLE = List.of("businessDate", "type", "status");
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

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
    @Schema(
            description =
                    "businessDate (default, newest first: -businessDate), type or status; prefix '-' for descending")
    String sort;

    @QueryParam("partnership")
    @Schema(description = "Records of this partnership (id)")
    String partnership;

    @QueryParam("type")
    @Schema(description = "The type code of the record (e.g. JOINT_STUDY, INTERNSHIP, RESEARCH_OUTPUT)")
    String type;

    @QueryParam("from")
    @Pattern(regexp = DATE, message = "must be a date YYYY-MM-DD")
    @Schema(description = "Business date on or after (YYYY-MM-DD)")
    String from;

    @QueryParam("to")
    @Pattern(regexp = DATE, message = "must be a date YYYY-MM-DD")
    @Schema(description = "Business date on or before (YYYY-MM-DD)")
    String to;

    @QueryParam("status")
    @Schema(enumeration = {"ACTIVE", "REVOKED"})
    String status;

    PageRequest pageRequest() {
        return PageRequest.of(page, size, sort, SORTABLE, "-businessDate");
    }

    /** @param typeCodes the type codes this kind of record has, to refuse an unknown one with a clear message */
    <E extends Enum<E>> RecordQuery query(RecordKind kind, Class<E> typeCodes, String mode, UUID achievementId) {
        E typeCode = QueryParameters.enumValue("type", type, typeCodes);
        return new RecordQuery(
                kind,
                QueryParameters.uuid("partnership", partnership),
                achievementId,
                typeCode == null ? null : typeCode.name(),
                mode,
                date("from", from),
                date("to", to),
                QueryParameters.enumValue("status", status, RecordStatus.class));
    }

    private static LocalDate date(String name, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new io.gongjian.commons.domain.RuleViolation(name, "'" + value + "' is not a calendar date");
        }
    }
}
