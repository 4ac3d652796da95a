package io.gongjian.evaluation.api;

import io.gongjian.testing.RecordDocuments;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Front-end teams generate their clients from the OpenAPI document: every evaluator input keeps its own named request,
 * response and page schemas on every route, although the routes come from the shared record slice.
 */
@QuarkusTest
class InputDocumentsTest {

    @ParameterizedTest
    @CsvSource({
        "/api/v1/evaluation/assessments, AssessmentRequest, AssessmentResponse, PageAssessmentResponse",
        "/api/v1/evaluation/surveys, SurveyRequest, SurveyResponse, PageSurveyResponse",
        "/api/v1/evaluation/rectifications, RectificationRequest, RectificationResponse, PageRectificationResponse"
    })
    void everyRouteOfARecordTypeNamesItsOwnSchemas(String path, String request, String response, String page) {
        RecordDocuments.assertEveryRouteNamesItsOwnSchemas(path, request, response, page);
    }
}
