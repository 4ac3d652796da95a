package io.gongjian.commons.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.DomainException;
import io.gongjian.commons.domain.Forbidden;
import io.gongjian.commons.domain.Gone;
import io.gongjian.commons.domain.Message;
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
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /** How each refusal of the domain reads over HTTP: its status and its kind (the title is the kind's). */
    private record Kind(int status, String type) {}

    private static final Map<Class<? extends DomainException>, Kind> KINDS = Map.ofEntries(
            Map.entry(RuleViolation.class, new Kind(422, "rule-violation")),
            Map.entry(Conflict.class, new Kind(409, "conflict")),
            Map.entry(NotFound.class, new Kind(404, "not-found")),
            Map.entry(Gone.class, new Kind(410, "gone")),
            Map.entry(Forbidden.class, new Kind(403, "forbidden")),
            Map.entry(StaleVersion.class, new Kind(412, "stale-version")),
            Map.entry(ETags.PreconditionRequired.class, new Kind(428, "precondition-required")),
            Map.entry(ETags.MalformedPrecondition.class, new Kind(400, "malformed-precondition")),
            Map.entry(QueryParameters.Unreadable.class, new Kind(400, "unreadable-parameter")),
            Map.entry(RequestChecks.MissingMediaType.class, new Kind(415, "unsupported-media-type")),
            Map.entry(IdempotencyKey.Malformed.class, new Kind(400, "malformed-idempotency-key")),
            Map.entry(IdempotencyKey.Reused.class, new Kind(422, "idempotency-key-reused")),
            Map.entry(IdempotencyKey.InProgress.class, new Kind(409, "idempotency-key-in-progress")),
            Map.entry(ConsistencyToken.Malformed.class, new Kind(400, "malformed-consistency-token")),
            Map.entry(ConsistencyToken.Behind.class, new Kind(503, "read-model-behind")),
            Map.entry(Unavailable.class, new Kind(503, "unavailable")));

    @ServerExceptionMapper
    public Response domain(DomainException exception, HttpServerRequest request) {
        Kind kind = KINDS.getOrDefault(exception.getClass(), KINDS.get(RuleViolation.class));
        ProblemDetail problem = ProblemDetail.of(kind.status(), kind.type(), exception.reason(), request.path())
                .withField(exception.field())
                .withExtensions(exception.details());
        if (exception instanceof RetryAfter later) {
            return Response.fromResponse(respond(problem, request))
                    .header(HttpHeaders.RETRY_AFTER, later.retryAfterSeconds())
                    .build();
        }
        return respond(problem, request);
    }

    /**
     * The validator's messages are already in the caller's language: Quarkus hands it the request's Accept-Language
     * among {@code quarkus.locales} (platform/service-config), and Hibernate Validator ships Chinese messages.
     */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception, HttpServerRequest request) {
        List<ProblemDetail.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new ProblemDetail.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::field))
                .toList();
        Message detail = errors.stream()
                .map(error -> Message.of("field-says", error.field(), error.message()))
                .reduce((first, next) -> Message.of("list.next", first, next))
                .orElseGet(() -> Message.of("problem.validation"));
        return respond(
                ProblemDetail.of(422, "validation", detail, request.path()).withErrors(errors), request);
    }

    /** Unknown fields and wrong types: mapped here rather than by Quarkus' built-in plain-JSON mapper. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedBody(MismatchedInputException exception, HttpServerRequest request) {
        return unreadableBody(exception, request);
    }

    /** Our request type cannot be read at all: a bug, answered as one (Quarkus' own mapper sends an empty 500). */
    @ServerExceptionMapper(priority = 1)
    public Response invalidDefinition(InvalidDefinitionException exception, HttpServerRequest request) {
        return unexpected(exception, request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableBody(JsonProcessingException exception, HttpServerRequest request) {
        DomainException refusal = Causes.find(exception, DomainException.class);
        if (refusal != null) {
            return domain(refusal, request); // a request record that refuses its own values
        }
        if (exception instanceof InvalidDefinitionException invalid) {
            return invalidDefinition(invalid, request);
        }
        return respond(JsonProblems.of(exception, request.path()), request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException exception, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException exception, HttpServerRequest request) {
        return Outage.of(exception)
                .map(outage -> unavailable(outage, exception, request))
                .orElseGet(() -> unauthenticated(request));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, HttpServerRequest request) {
        return respond(HttpProblems.forbidden(request.path()), request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, HttpServerRequest request) {
        if (exception.getCause() instanceof JsonProcessingException unreadable) {
            // RESTEasy Reactive wraps a body it could not parse in a plain 400.
            return unreadableBody(unreadable, request);
        }
        if (exception.getCause() instanceof NumberFormatException number) {
            // A query parameter that JAX-RS could not convert, e.g. page=99999999999.
            Response unreadable = unreadableNumber(number, request);
            if (unreadable != null) {
                return unreadable;
            }
        }
        Response original = exception.getResponse();
        int status = original.getStatus();
        ProblemDetail problem = HttpProblems.of(status, exception.getMessage(), request.path());
        return inLanguage(Response.fromResponse(original), problem, request).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable throwable, HttpServerRequest request) {
        Optional<Outage> outage = Outage.of(throwable);
        if (outage.isPresent()) {
            return unavailable(outage.get(), throwable, request);
        }
        SQLException outOfRange = dataException(throwable);
        if (outOfRange != null) {
            LOG.warnf(
                    "Refused a value the database cannot hold on %s %s: %s",
                    request.method(), request.path(), outOfRange.getMessage());
            return respond(
                    ProblemDetail.of(422, "value-out-of-range", Message.of("value-out-of-range"), request.path()),
                    request);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(throwable, "Unexpected failure %s on %s %s", reference, request.method(), request.path());
        return respond(HttpProblems.internal(reference, request.path()), request);
    }

    private static Response unavailable(Outage outage, Throwable cause, HttpServerRequest request) {
        LOG.warnf("Answered 503 on %s %s, %s is unavailable: %s", request.method(), request.path(), outage, cause);
        return inLanguage(
                        Response.status(503).header(HttpHeaders.RETRY_AFTER, outage.retryAfterSeconds()),
                        HttpProblems.unavailable(outage, request.path()),
                        request)
                .build();
    }

    /** Names the query parameter whose value did not convert to a number, when one holds the refused text. */
    private Response unreadableNumber(NumberFormatException number, HttpServerRequest request) {
        String message = String.valueOf(number.getMessage());
        int open = message.indexOf('"');
        int close = message.indexOf('"', open + 1);
        if (open < 0 || close < 0) {
            return null;
        }
        String refused = message.substring(open + 1, close);
        return request.params().entries().stream()
                .filter(parameter -> parameter.getValue().strip().equals(refused))
                .findFirst()
                .map(parameter -> domain(
                        new QueryParameters.Unreadable(
                                parameter.getKey(),
                                Message.of(
                                        "parameter.not-a-whole-number-up-to",
                                        JsonProblems.quoted(refused),
                                        parameter.getKey(),
                                        Integer.MAX_VALUE)),
                        request))
                .orElse(null);
    }

    /** SQL state class 22 (data exception): a value the column cannot hold, e.g. a number beyond its precision. */
    private static SQLException dataException(Throwable throwable) {
        SQLException sql = Causes.find(throwable, SQLException.class);
        return sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22") ? sql : null;
    }

    private static Response unauthenticated(HttpServerRequest request) {
        return inLanguage(
                        Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer"),
                        ProblemDetail.unauthenticated(request.path()),
                        request)
                .build();
    }

    private static Response respond(ProblemDetail problem, HttpServerRequest request) {
        return inLanguage(Response.status(problem.status()), problem, request).build();
    }

    /** The problem as the body, in the language the caller prefers, saying which language that is. */
    private static Response.ResponseBuilder inLanguage(
            Response.ResponseBuilder response, ProblemDetail problem, HttpServerRequest request) {
        Locale language = Languages.preferred(request.getHeader(Languages.ACCEPT_LANGUAGE));
        return response.type(ProblemDetail.MEDIA_TYPE)
                .header(Languages.CONTENT_LANGUAGE, language.toLanguageTag())
                .header(HttpHeaders.VARY, Languages.ACCEPT_LANGUAGE)
                .entity(problem.in(language));
    }

    /**
     * "create.request.creditCode" → "creditCode", "log.request.evidenceLinks[3].&lt;list element&gt;" →
     * "evidenceLinks[3]"; a query parameter keeps its own name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new java.util.ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && !names.isEmpty()) {
                // An element of a list ("<list element>" to the validator) is named by its list and index.
                int last = names.size() - 1;
                names.set(last, names.get(last) + (node.getIndex() != null ? "[" + node.getIndex() + "]" : ""));
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
}
