package io.gongjian.partnership.api;

import io.gongjian.partnership.domain.VolumeIndicator;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Annual targets are a map keyed by the volume indicators: the document names that schema, {@code Targets}, with
 * its keys as an enum, so that a generated client knows which keys there are. Used by the targets routes and by
 * the partnership's {@code targets}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class TargetsSchema implements OASFilter {

    private static final String NAME = "Targets";
    /**
     * One target, a named schema rather than inline in {@code additionalProperties}: openapi-generator (7.25) warns
     * "Failed to get the schema name: null" for an inline map value of a component when it checks for
     * self-references.
     */
    private static final String TARGET = "Target";

    private static final String TARGETS_PATH = "/api/v1/partnerships/{id}/targets";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getPaths() == null) {
            return;
        }
        openAPI.getComponents().addSchema(TARGET, target());
        openAPI.getComponents().addSchema(NAME, targets());
        Schema reference = OASFactory.createSchema().ref("#/components/schemas/" + NAME);
        var item = openAPI.getPaths().getPathItem(TARGETS_PATH);
        if (item != null) {
            item.getOperations().values().forEach(operation -> {
                if (operation.getRequestBody() != null
                        && operation.getRequestBody().getContent() != null) {
                    operation
                            .getRequestBody()
                            .getContent()
                            .getMediaTypes()
                            .values()
                            .forEach(body -> body.setSchema(reference));
                }
                var ok = operation.getResponses().getAPIResponse("200");
                if (ok != null && ok.getContent() != null) {
                    ok.getContent().getMediaTypes().values().forEach(body -> body.setSchema(reference));
                }
            });
        }
        Schema partnership = openAPI.getComponents().getSchemas().get("Partnership");
        if (partnership != null
                && partnership.getProperties() != null
                && partnership.getProperties().get("targets") != null) {
            String description = partnership.getProperties().get("targets").getDescription();
            partnership.addProperty(
                    "targets", OASFactory.createSchema().ref(reference.getRef()).description(description));
        }
    }

    private static Schema target() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.NUMBER)
                .minimum(java.math.BigDecimal.ZERO)
                .description("An annual target of a volume indicator, ≥ 0")
                .addExample(12);
    }

    private static Schema targets() {
        List<Object> indicators = Arrays.stream(VolumeIndicator.values())
                .map(Enum::name)
                .map(Object.class::cast)
                .toList();
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("Annual targets of the volume indicators (INDICATORS.md): indicator code → target, ≥ 0")
                .propertyNames(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .enumeration(indicators))
                .additionalPropertiesSchema(OASFactory.createSchema().ref("#/components/schemas/" + TARGET))
                .addExample(java.util.Map.of("ORG_ACTIVITY_FREQUENCY", 12, "RES_TALENT_EXCHANGES", 20));
    }
}
