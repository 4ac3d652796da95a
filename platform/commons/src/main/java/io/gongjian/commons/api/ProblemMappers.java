package io.gongjian.commons.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.DomainException;
import io.gongjian.commons.domain.Forbidden;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.domain.StaleVersion;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become {@code application/problem+json}: bad input is 400 (unreadable) or 422
 * (readable but against a rule), never a 500; a 500 carries a reference to the log line and no internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** How each refusal of the domain reads over HTTP. */
    private record Kind(int status, String type, String title) {}

    private static final Map<Class<? extends DomainException>, Kind> KINDS = Map.of(
            RuleViolation.class, new Kind(422, "rule-violation", "The request breaks a rule"),
            Conflict.class, new Kind(409, "conflict", "The request conflicts with the current state"),
            NotFound.class, new Kind(404, "not-found", "Not found"),
            Forbidden.class, new Kind(403, "forbidden", "Forbidden"),
            StaleVersion.class, new Kind(412, "stale-version", "The record changed since you read it"),
            ETags.PreconditionRequired.class, new Kind(428, "precondition-required", "If-Match required"),
            ETags.MalformedPrecondition.class, new Kind(400, "malformed-precondition", "Unreadable If-Match"),
            QueryParameters.Unreadable.class, new Kind(400, "unreadable-parameter", "Unreadable query parameter"));

    @ServerExceptionMapper
    public Response domain(DomainException exception, HttpServerRequest request) {
        Kind kind = KINDS.getOrDefault(exception.getClass(), KINDS.get(RuleViolation.class));
        ProblemDetail problem = ProblemDetail.of(
                        kind.status(), kind.type(), kind.title(), exception.getMessage(), request.path())
                .withField(exception.field())
                .withExtensions(exception.details());
        return respond(problem);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception, HttpServerRequest request) {
        List<ProblemDetail.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new ProblemDetail.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::field))
                .toList();
        String detail = errors.stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return respond(ProblemDetail.of(422, "validation", "Invalid request", detail, request.path())
                .withErrors(errors));
    }

    /** Unknown fields and wrong types: mapped here rather than by Quarkus' built-in plain-JSON mapper. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedBody(MismatchedInputException exception, HttpServerRequest request) {
        return unreadableBody(exception, request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableBody(JsonProcessingException exception, HttpServerRequest request) {
        String field = null;
        String detail;
        if (exception instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            field = jsonPath(mapping.getPath());
        }
        if (exception instanceof UnrecognizedPropertyException unknown) {
            detail = "unknown field '" + unknown.getPropertyName() + "'"
                    + (field != null && field.contains(".") ? " at " + field : "") + "; known fields: "
                    + unknown.getKnownPropertyIds().stream()
                            .map(Object::toString)
                            .sorted()
                            .collect(Collectors.joining(", "));
        } else if (exception instanceof InvalidFormatException invalid) {
            detail = field + ": '" + invalid.getValue() + "' is not a valid " + describe(invalid.getTargetType());
        } else if (exception instanceof MismatchedInputException mismatched && field != null) {
            detail = field + ": expected " + describe(mismatched.getTargetType());
        } else if (exception instanceof JsonParseException parse) {
            detail = "malformed JSON at line " + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr() + ": " + parse.getOriginalMessage();
        } else {
            detail = "the request body could not be read: " + exception.getOriginalMessage();
        }
        ProblemDetail problem =
                ProblemDetail.of(400, "unreadable-body", "Unreadable request body", detail, request.path());
        return respond(field == null ? problem : problem.withField(field));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException exception, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException exception, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, HttpServerRequest request) {
        return respond(ProblemDetail.of(
                403, "forbidden", "Forbidden", "your role does not allow this operation", request.path()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, HttpServerRequest request) {
        if (exception.getCause() instanceof JsonProcessingException unreadable) {
            // RESTEasy Reactive wraps a body it could not parse in a plain 400.
            return unreadableBody(unreadable, request);
        }
        Response original = exception.getResponse();
        int status = original.getStatus();
        String title = Response.Status.fromStatusCode(status) == null
                ? "HTTP " + status
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = exception.getMessage() == null ? title : exception.getMessage();
        Response.ResponseBuilder builder = Response.fromResponse(original)
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(ProblemDetail.of(status, "http-" + status, title, detail, request.path()));
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable throwable, HttpServerRequest request) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(throwable, "Unexpected failure %s on %s %s", reference, request.method(), request.path());
        return respond(ProblemDetail.of(
                500,
                "internal",
                "Internal error",
                "an unexpected error occurred; quote reference " + reference + " to the operators",
                request.path()));
    }

    private static Response unauthenticated(HttpServerRequest request) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(ProblemDetail.unauthenticated(request.path()))
                .build();
    }

    private static Response respond(ProblemDetail problem) {
        return Response.status(problem.status())
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    /** "create.request.creditCode" → "creditCode"; a query parameter keeps its own name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new java.util.ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName() == null ? "" : node.getName();
                names.add(node.getIndex() != null ? name + "[" + node.getIndex() + "]" : name);
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "request" : parameter;
        }
        return names.stream().filter(name -> !name.isEmpty()).collect(Collectors.joining("."));
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "value; allowed: "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "UUID" -> "UUID";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "BigDecimal", "Double", "double" -> "number";
            case "Boolean", "boolean" -> "boolean (true or false)";
            case "String" -> "string";
            default -> type.getSimpleName();
        };
    }
}
