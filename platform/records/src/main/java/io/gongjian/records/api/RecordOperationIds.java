package io.gongjian.records.api;

import io.gongjian.records.domain.Closing;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The routes {@link RecordResource} gives every record type get operation ids named for the type:
 * {@code get{Record}} on {@code /api/v1/exchanges/{id}} → {@code getExchange}; {@code {close}} becomes the way the
 * type is taken back ({@link Closing}): the verb whose status the record's response can show.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RecordOperationIds implements OASFilter {

    static final String RECORD = "{Record}";
    static final String CLOSE = "{close}";

    /** The collection a record route is under: the segment before {@code /{id}}. */
    private static final Pattern COLLECTION = Pattern.compile("/([a-z-]+)/\\{id}");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Matcher collection = COLLECTION.matcher(path);
            if (!collection.find()) {
                return;
            }
            String record = singular(collection.group(1));
            item.getOperations().values().stream()
                    .filter(operation -> operation.getOperationId() != null
                            && operation.getOperationId().contains(RECORD))
                    .forEach(operation -> operation.setOperationId(operation
                            .getOperationId()
                            .replace(RECORD, record)
                            .replace(CLOSE, closing(operation, openAPI).verb())));
        });
    }

    private static String singular(String collection) {
        String word = collection.endsWith("ies")
                ? collection.substring(0, collection.length() - 3) + "y"
                : collection.substring(0, collection.length() - 1);
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static Closing closing(Operation operation, OpenAPI openAPI) {
        List<Object> statuses = Optional.ofNullable(operation.getResponses().getAPIResponse("200"))
                .map(response -> response.getContent()
                        .getMediaTypes()
                        .values()
                        .iterator()
                        .next()
                        .getSchema())
                .map(schema -> resolve(schema, openAPI))
                .map(Schema::getProperties)
                .map(properties -> properties.get("status"))
                .map(status -> resolve(status, openAPI))
                .map(Schema::getEnumeration)
                .orElse(List.of());
        return Arrays.stream(Closing.values())
                .filter(closing -> statuses.contains(closing.status()))
                .findFirst()
                .orElse(Closing.REVOKE);
    }

    /** {@code schema}, or the component it refers to. */
    static Schema resolve(Schema schema, OpenAPI openAPI) {
        if (schema.getRef() == null) {
            return schema;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        return components.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
    }
}
