package io.gongjian.commons.api;

import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * What the documents say about writes, for {@link OpenApiConventions}: every POST takes an
 * {@value IdempotencyKey#HEADER} ({@link IdempotentWrites}); partnership answers carry a
 * {@value ConsistencyToken#HEADER} token, and the writes of the services that keep a copy of the partnerships take
 * it.
 */
final class WriteDocumentation {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String PARTNERSHIP = "#/components/schemas/Partnership";
    /** Where partnerships and organisations are written: the source of the versions, which waits for nothing. */
    private static final Pattern PARTNERSHIP_CONTEXT =
            Pattern.compile("^/api/v\\d+/(partnerships|organizations)(/.*)?$");
    /** Operators' tools, which depend on no partnership. */
    private static final Pattern OPERATIONS = Pattern.compile(".*/(outbox|read-model)/.*");

    private WriteDocumentation() {}

    static void document(String path, PathItem item) {
        if (item.getPOST() != null) {
            idempotencyKey(item.getPOST());
        }
        boolean source = PARTNERSHIP_CONTEXT.matcher(path).matches();
        item.getOperations().forEach((method, operation) -> {
            if (source) {
                consistencyTokenIssued(operation);
            } else if (method != PathItem.HttpMethod.GET
                    && method != PathItem.HttpMethod.HEAD
                    && !OPERATIONS.matcher(path).matches()) {
                consistencyTokenTaken(operation);
            }
        });
    }

    private static void idempotencyKey(Operation write) {
        write.addParameter(OASFactory.createParameter()
                .name(IdempotencyKey.HEADER)
                .in(Parameter.In.HEADER)
                .description("Your name for this write (IETF draft Idempotency-Key), e.g. a UUID you generate once and"
                        + " send again with every retry of the same request: for 24 hours a retry with the same key"
                        + " and the same request gets the first answer again (status, body, Location, ETag, with `"
                        + IdempotencyKey.REPLAYED + ": true`) and changes nothing. Keys are yours alone: another"
                        + " caller's key never matches. An answer that was an error is not kept: a retry runs again.")
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .minLength(1)
                        .maxLength(IdempotencyKey.MAX_LENGTH))
                .example("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""));
        problem(
                write,
                "409",
                "A request with the same Idempotency-Key is still in progress: send it again after `Retry-After`"
                        + " seconds to receive its answer");
        problem(write, "422", "The Idempotency-Key was used for another request (method, path or body differ)");
    }

    private static void consistencyTokenTaken(Operation write) {
        write.addParameter(OASFactory.createParameter()
                .name(ConsistencyToken.HEADER)
                .in(Parameter.In.HEADER)
                .description("Read your own writes: the `" + ConsistencyToken.HEADER + "` header of the partnership"
                        + " service's answer to your last change of the partnership (activate, suspend, …), sent back"
                        + " unchanged. The write waits (up to 5 s) until this service has seen that change, instead"
                        + " of being judged against an older copy of the partnership.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example("partnership=6f1c0a52-3c1e-4e49-9a0b-0c2a4e9f1d11;version=3"));
        problem(
                write,
                "503",
                "This service has not yet seen the partnership change your `" + ConsistencyToken.HEADER
                        + "` names; nothing was changed, send the same request again after `Retry-After` seconds");
    }

    private static void consistencyTokenIssued(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            boolean partnership = response.getContent() != null
                    && response.getContent().getMediaTypes().values().stream()
                            .anyMatch(media -> media.getSchema() != null
                                    && PARTNERSHIP.equals(media.getSchema().getRef()));
            if (partnership) {
                response.addHeader(
                        ConsistencyToken.HEADER,
                        OASFactory.createHeader()
                                .description("The partnership and its version, for read-your-writes: send it in this"
                                        + " header with your next write in the activity or evaluation service")
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        });
    }

    /** Documents a problem answer of {@code operation}, or adds {@code why} to the one it documents already. */
    private static void problem(Operation operation, String status, String why) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        var existing = operation.getResponses().getAPIResponse(status);
        if (existing == null) {
            // The filters run in no set order: what every operation answers with this status is said here too.
            String common = ProblemResponses.COMMON.get(status);
            operation
                    .getResponses()
                    .addAPIResponse(
                            status,
                            OASFactory.createAPIResponse()
                                    .description(common == null ? why : common + "; or: " + why)
                                    .content(OASFactory.createContent()
                                            .addMediaType(
                                                    ProblemDetail.MEDIA_TYPE,
                                                    OASFactory.createMediaType()
                                                            .schema(OASFactory.createSchema()
                                                                    .ref(PROBLEM)))));
        } else if (existing.getDescription() == null
                || !existing.getDescription().contains(why)) {
            existing.setDescription(
                    existing.getDescription() == null ? why : existing.getDescription() + "; or: " + why);
        }
    }
}
