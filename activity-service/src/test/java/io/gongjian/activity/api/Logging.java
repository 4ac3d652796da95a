package io.gongjian.activity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** Logging a record through the API, as the tests of the record types do it. */
final class Logging {

    private Logging() {}

    /** Logs {@code body} in {@code collection}, expecting 201; returns the new record's id. */
    static String log(String collection, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post(collection)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Expects {@code body} refused with a 422 problem naming {@code field}; the answer, to check its detail. */
    static ValidatableResponse refused(String collection, Map<String, Object> body, String field) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post(collection)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("field", equalTo(field));
    }
}
