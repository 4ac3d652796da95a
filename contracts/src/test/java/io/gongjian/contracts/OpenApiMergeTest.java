package io.gongjian.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiMergeTest {

    private final ObjectMapper json = new ObjectMapper();

    private ObjectNode document(String ownPath, String importSummary) throws Exception {
        return (ObjectNode) json.readTree(
                """
                {"openapi": "3.1.0", "info": {"version": "1.0.0"},
                 "paths": {
                   "%s": {"get": {"operationId": "own%s"}},
                   "/api/v1/imports": {"post": {"operationId": "startImport", "summary": "%s",
                     "responses": {"202": {"content": {"application/json":
                       {"schema": {"$ref": "#/components/schemas/ImportJob"}}}}}}}},
                 "components": {"schemas": {"ImportJob": {"type": "object"}}}}
                """
                        .formatted(ownPath, ownPath.hashCode(), importSummary));
    }

    private ObjectNode merge(ObjectNode... documents) {
        Map<String, ObjectNode> byService = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (int d = 0; d < documents.length; d++) {
            byService.put("service" + d, documents[d]);
            titles.put("service" + d, "service " + d);
        }
        return OpenApiMerge.merge(byService, titles, json);
    }

    @Test
    void aPathTheServicesDocumentAlikeIsKeptOnce() throws Exception {
        ObjectNode merged = merge(
                document("/api/v1/activities", "Import"),
                document("/api/v1/partnerships", "Import"),
                document("/api/v1/evaluation", "Import"));
        assertEquals(4, merged.path("paths").size());
        assertEquals(
                "#/components/schemas/ImportJob",
                merged.at("/paths/~1api~1v1~1imports/post/responses/202/content/application~1json/schema/$ref")
                        .asText());
        assertTrue(merged.at("/components/schemas").has("ImportJob"));
        assertEquals(1, merged.at("/components/schemas").size());
    }

    @Test
    void aPathTheServicesDocumentDifferentlyClashes() throws Exception {
        OpenApiMerge.Clash clash = assertThrows(
                OpenApiMerge.Clash.class,
                () -> merge(document("/api/v1/activities", "Import"), document("/api/v1/partnerships", "Other")));
        assertTrue(clash.getMessage().contains("/api/v1/imports"), clash.getMessage());
    }

    @Test
    void aPathWhoseComponentsDifferClashesToo() throws Exception {
        ObjectNode other = document("/api/v1/partnerships", "Import");
        other.with("components").with("schemas").set("ImportJob", json.readTree("{\"type\": \"string\"}"));
        // The second service's ImportJob is renamed, so its path refers to another schema: not the same path.
        assertThrows(OpenApiMerge.Clash.class, () -> merge(document("/api/v1/activities", "Import"), other));
    }
}
