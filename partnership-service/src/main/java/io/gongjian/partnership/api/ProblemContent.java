package io.gongjian.partnership.api;

import io.gongjian.commons.api.ProblemDetail;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Gives every error answer an operation declares without a body (409, 412, 428, …) the Problem schema, so that a
 * resource says only the status and what it means there. It does for an operation's own answers what commons'
 * {@code ProblemResponses} does for those every operation shares, and belongs there, for all services.
 */
@OpenApiFilter
public class ProblemContent implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return operation;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            boolean error = status.startsWith("4") || status.startsWith("5");
            boolean withoutBody = response.getContent() == null
                    || response.getContent().getMediaTypes().isEmpty();
            if (error && withoutBody && response.getRef() == null) {
                response.content(OASFactory.createContent()
                        .addMediaType(
                                ProblemDetail.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
            }
        });
        return operation;
    }
}
