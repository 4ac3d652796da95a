package io.gongjian.commons.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongjian.commons.domain.Message;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document ({@code application/problem+json}). {@code field} names the offending input
 * when there is exactly one; {@code errors} lists every offending field when there are several.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record ProblemDetail(
        @Schema(
                        description = "URI identifying the kind of problem",
                        example = "https://gongjian.io/problems/validation")
                String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "422") int status,
        @Schema(example = "creditCode: the check character should be 'X' (GB 32100-2015)") String detail,
        @Schema(example = "/api/v1/organizations") String instance,
        @Schema(description = "The offending field, when there is one", example = "creditCode") String field,
        @Schema(description = "Every offending field, when there are several") List<FieldError> errors,
        @JsonIgnore @Schema(hidden = true) Map<String, Object> extensions,
        @JsonIgnore @Schema(hidden = true) Message titleText,
        @JsonIgnore @Schema(hidden = true) Message detailText) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://gongjian.io/problems/";

    /** One offending field and the rule it breaks. */
    public record FieldError(
            @Schema(example = "creditCode") String field,
            @Schema(example = "the check character should be 'X'") String message) {}

    /**
     * A problem said in the caller's language when it is sent: its title is the catalogue's {@code problem.<kind>}
     * ({@link Message}), its detail {@code detail}.
     */
    public static ProblemDetail of(int status, String kind, Message detail, String instance) {
        return of(status, kind, Message.of("problem." + kind), detail, instance);
    }

    /** A problem whose title is not its kind's, e.g. the gateway's "Service timed out" for a backend failure. */
    public static ProblemDetail of(int status, String kind, Message title, Message detail, String instance) {
        return new ProblemDetail(
                TYPE_BASE + kind,
                title.in(Message.ENGLISH),
                status,
                detail.in(Message.ENGLISH),
                instance,
                null,
                null,
                Map.of(),
                title,
                detail);
    }

    /** The answer to a request without a valid token, from a service or from the gateway. */
    public static ProblemDetail unauthenticated(String instance) {
        return of(401, "unauthenticated", Message.of("unauthenticated"), instance);
    }

    /** The problem with its title and detail in {@code language} (what the catalogue does not say stays as is). */
    public ProblemDetail in(Locale language) {
        return new ProblemDetail(
                type,
                titleText == null ? title : titleText.in(language),
                status,
                detailText == null ? detail : detailText.in(language),
                instance,
                field,
                errors,
                extensions,
                titleText,
                detailText);
    }

    public ProblemDetail withField(String offendingField) {
        return new ProblemDetail(
                type, title, status, detail, instance, offendingField, errors, extensions, titleText, detailText);
    }

    public ProblemDetail withErrors(List<FieldError> fieldErrors) {
        String single = fieldErrors.size() == 1 ? fieldErrors.get(0).field() : field;
        return new ProblemDetail(
                type, title, status, detail, instance, single, fieldErrors, extensions, titleText, detailText);
    }

    public ProblemDetail withExtensions(Map<String, Object> members) {
        return new ProblemDetail(type, title, status, detail, instance, field, errors, members, titleText, detailText);
    }

    /** RFC 9457 extension members sit at the top level of the document. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }
}
