package io.gongjian.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;

/**
 * What front-end teams generate clients from: every route of the shared record slice keeps the record type's own
 * named request, response and page schemas, its list's CSV and XLSX, and the Problem schema for a stale or missing
 * If-Match or an Accept the list cannot serve.
 */
public final class RecordDocuments {

    private RecordDocuments() {}

    /** Checks the service's own document ({@code /q/openapi}) for the record type listed at {@code path}. */
    public static void assertEveryRouteNamesItsOwnSchemas(String path, String request, String response, String page) {
        JsonPath document = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .extract()
                .jsonPath();
        String one = path + "/{id}";
        assertEquals(ref(request), schema(document, path, "post", "requestBody"));
        assertEquals(ref(response), schema(document, path, "post", "responses.'201'"));
        assertEquals(ref(page), schema(document, path, "get", "responses.'200'"));
        // The list's spreadsheets, as text and as a binary file, and the 406 of an Accept it cannot serve.
        String list = "paths.'" + path + "'.get.responses.";
        assertEquals("string", document.getString(list + "'200'.content.'text/csv'.schema.type"));
        assertEquals("binary", document.getString(list + "'200'.content.'" + ExportedLists.XLSX + "'.schema.format"));
        assertEquals(ref("Problem"), document.getString(list + "'406'.content.'application/problem+json'.schema.$ref"));
        assertEquals(ref(response), schema(document, one, "get", "responses.'200'"));
        assertEquals(ref(request), schema(document, one, "put", "requestBody"));
        assertEquals(ref(response), schema(document, one, "put", "responses.'200'"));
        assertEquals(ref(response), schema(document, one, "delete", "responses.'200'"));
        for (String status : new String[] {"412", "428"}) {
            assertEquals(
                    ref("Problem"),
                    document.getString("paths.'" + one + "'.put.responses.'" + status
                            + "'.content.'application/problem+json'.schema.$ref"));
        }
    }

    private static String schema(JsonPath document, String path, String method, String part) {
        return document.getString(
                "paths.'" + path + "'." + method + "." + part + ".content.'application/json'.schema.$ref");
    }

    private static String ref(String schema) {
        return "#/components/schemas/" + schema;
    }
}
