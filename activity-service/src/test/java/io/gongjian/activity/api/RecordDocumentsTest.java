package io.gongjian.activity.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.testing.RecordDocuments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Front-end teams generate their clients from the OpenAPI document: every record type keeps its own named request,
 * response and page schemas on every route, although the routes come from the shared record slice.
 */
@QuarkusTest
class RecordDocumentsTest {

    @ParameterizedTest
    @CsvSource({
        "/api/v1/activities, ActivityRequest, Activity, PageActivityResponse",
        "/api/v1/exchanges, ExchangeRequest, Exchange, PageExchangeResponse",
        "/api/v1/achievements, AchievementRequest, Achievement, PageAchievementResponse",
        "/api/v1/facilities, FacilityRequest, Facility, PageFacilityResponse",
        "/api/v1/achievements/{achievementId}/conversions, ConversionRequest, Conversion, PageConversionResponse"
    })
    void everyRouteOfARecordTypeNamesItsOwnSchemas(String path, String request, String response, String page) {
        RecordDocuments.assertEveryRouteNamesItsOwnSchemas(path, request, response, page);
    }

    /** Generated clients know the caps the service enforces (docs/domain.md, "Limits"; issue 11). */
    @Test
    void theSchemasStateEveryCap() {
        JsonPath document = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .extract()
                .jsonPath();
        String schemas = "components.schemas.";
        assertEquals(50, document.getInt(schemas + "ActivityRequest.properties.evidenceLinks.maxItems"));
        assertEquals(2000, document.getInt(schemas + "ActivityRequest.properties.evidenceLinks.items.maxLength"));
        assertEquals(300, document.getInt(schemas + "ActivityRequest.properties.title.maxLength"));
        assertEquals(200, document.getInt(schemas + "ActivityRequest.properties.location.maxLength"));
        assertEquals(5000, document.getInt(schemas + "ActivityRequest.properties.attendance.maximum"));
        assertEquals(5000, document.getInt(schemas + "ExchangeRequest.properties.headcount.maximum"));
        assertEquals(1000, document.getInt(schemas + "ExchangeRequest.properties.description.maxLength"));
        assertEquals(300, document.getInt(schemas + "AchievementRequest.properties.title.maxLength"));
        assertEquals(1000, document.getInt(schemas + "AchievementRequest.properties.description.maxLength"));
        assertEquals(1000000, document.getInt(schemas + "ConversionRequest.properties.outputValue.maximum"));
        assertEquals(10000, document.getInt(schemas + "ConversionRequest.properties.jobsCreated.maximum"));
        assertEquals(300, document.getInt(schemas + "FacilityRequest.properties.name.maxLength"));
        assertEquals(1000000, document.getInt(schemas + "FacilityRequest.properties.equipmentValue.maximum"));
        assertEquals(50, document.getInt(schemas + "FacilityRequest.properties.evidenceLinks.maxItems"));
        assertEquals(
                500,
                document.getInt(
                        "paths.'/api/v1/activities/{id}'.delete.parameters.find { it.name == 'reason' }.schema.maxLength"));
    }
}
