package io.gongjian.outbox;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Every producing service has the parked-events operations; the gateway's merged document needs their ids unique.
 * The service's API prefix goes in front: {@code /api/v1/activities/outbox/parked} → {@code activitiesListParkedEvents}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ParkedEventsOperationIds implements OASFilter {

    private static final Set<String> OPERATION_IDS = Set.of(ParkedEventsEndpoint.LIST, ParkedEventsEndpoint.RETRY);
    private static final Pattern PREFIX = Pattern.compile("^/api/v\\d+/([a-z][a-z0-9-]*)/");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Matcher prefix = PREFIX.matcher(path);
            if (!prefix.find()) {
                return;
            }
            item.getOperations().values().stream()
                    .filter(operation ->
                            operation.getOperationId() != null && OPERATION_IDS.contains(operation.getOperationId()))
                    .forEach(operation -> operation.setOperationId(
                            camelCase(prefix.group(1)) + capitalised(operation.getOperationId())));
        });
    }

    private static String camelCase(String segment) {
        StringBuilder name = new StringBuilder();
        for (String word : segment.split("-")) {
            name.append(name.isEmpty() ? word : capitalised(word));
        }
        return name.toString();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
