package io.gongjian.activity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.commons.time.BusinessCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Problem documents in the caller's language: Chinese for a caller that prefers it (Accept-Language zh, zh-CN,
 * zh-Hans, by q-value), English otherwise, saying which in Content-Language and varying on Accept-Language. Field
 * names stay as the API spells them. Also: a record GET revalidates with If-None-Match (304).
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class ProblemLanguageTest {

    /** Han characters: the text is (at least partly) Chinese. */
    private static final String CHINESE = ".*\\p{IsHan}.*";

    @Inject
    PartnershipViews views;

    @Inject
    BusinessCalendar calendar;

    UUID partnership;

    @BeforeEach
    void aKnownActivePartnership() {
        if (partnership == null) {
            partnership = Partnerships.known(views, "ACTIVE", "450200");
        }
    }

    ValidatableResponse log(String language, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.post("/api/v1/activities").then();
    }

    @Test
    void aValidationErrorIsInChineseForZhAndInEnglishOtherwise() {
        Map<String, Object> nobody =
                ActivityBodies.activity(partnership, calendar.today().minusDays(3));
        nobody.put("attendance", 0);
        log("zh-CN,zh;q=0.9,en;q=0.8", nobody)
                .statusCode(422)
                .contentType("application/problem+json")
                .header("Content-Language", "zh")
                .header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("请求内容不合要求"))
                .body("field", equalTo("attendance"))
                .body("errors[0].field", equalTo("attendance"))
                .body("errors[0].message", matchesPattern(CHINESE))
                .body("detail", matchesPattern("attendance：.*\\p{IsHan}.*"));
        log(null, nobody)
                .statusCode(422)
                .header("Content-Language", "en")
                .body("title", equalTo("Invalid request"))
                .body("errors[0].field", equalTo("attendance"))
                .body("errors[0].message", equalTo("must be greater than or equal to 1"));
    }

    @Test
    void aBusinessRuleIsRefusedInChineseNamingTheFieldAsTheApiSpellsIt() {
        LocalDate beforeTheTerm = LocalDate.of(2023, 6, 1); // the test partnership's term is 2024-01-01 … 2030-12-31
        Map<String, Object> early = ActivityBodies.activity(partnership, beforeTheTerm);
        log("zh-Hans", early)
                .statusCode(422)
                .header("Content-Language", "zh")
                .body("title", equalTo("请求违反了业务规则"))
                .body("field", equalTo("occurredOn"))
                .body("detail", equalTo("occurredOn 2023-06-01 不在共建协议期限（2024-01-01 至 2030-12-31）之内"));
        // q-values decide: English preferred over Chinese here, and a language the catalogue lacks falls back.
        for (String english : new String[] {"zh;q=0.4, en;q=0.9", "fr-FR", "*", "no such header value;;"}) {
            log(english, early)
                    .statusCode(422)
                    .header("Content-Language", "en")
                    .body("title", equalTo("The request breaks a rule"))
                    .body(
                            "detail",
                            equalTo("occurredOn 2023-06-01 lies outside the partnership's term (2024-01-01 to"
                                    + " 2030-12-31)"));
        }
        log("en;q=0.5, zh;q=0.8", early).statusCode(422).header("Content-Language", "zh");
    }

    @Test
    void aStaleAmendmentAndAClosedRecordAreRefusedInChinese() {
        Map<String, Object> body =
                ActivityBodies.activity(partnership, calendar.today().minusDays(2));
        String id = log(null, body).statusCode(201).extract().path("id");
        given().header("If-None-Match", "\"1\"")
                .get("/api/v1/activities/" + id)
                .then()
                .statusCode(304)
                .header("ETag", equalTo("\"1\""));
        given().header("If-None-Match", "\"0\"")
                .get("/api/v1/activities/" + id)
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(body)
                .put("/api/v1/activities/" + id)
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "zh")
                .header("If-Match", "\"1\"")
                .body(body)
                .put("/api/v1/activities/" + id)
                .then()
                .statusCode(412)
                .body("title", equalTo("记录在您读取之后已被修改"))
                .body("detail", equalTo("该记录在您读取之后已被他人修改：您提交的版本为 1，当前版本为 2；请重新读取后再修改"))
                .body("currentVersion", equalTo(2));
        given().queryParam("reason", "登记重复")
                .delete("/api/v1/activities/" + id)
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "zh-CN")
                .header("If-Match", "\"3\"")
                .body(body)
                .put("/api/v1/activities/" + id)
                .then()
                .statusCode(409)
                .body("title", equalTo("请求与当前状态冲突"))
                .body("detail", equalTo("该共建活动已撤销（登记重复），不能再修改"))
                .body("currentStatus", equalTo("REVOKED"));
    }

    @Test
    void unreadableBodiesMissingRecordsAndUnknownParametersAreExplainedInChinese() {
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "zh-CN")
                .body("{\"partnershipId\":\"" + partnership + "\",\"colour\":\"red\"}")
                .post("/api/v1/activities")
                .then()
                .statusCode(400)
                .body("title", equalTo("无法读取请求体"))
                .body("detail", matchesPattern("未知字段“colour”；已知字段：.*"));
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "zh-CN")
                .body("{\"attendance\": 1,")
                .post("/api/v1/activities")
                .then()
                .statusCode(400)
                .body("detail", equalTo("JSON 格式错误：请求体在 JSON 完整之前就结束了"));
        UUID nobody = UUID.randomUUID();
        given().header("Accept-Language", "zh")
                .get("/api/v1/activities/" + nobody)
                .then()
                .statusCode(404)
                .body("title", equalTo("未找到"))
                .body("detail", equalTo("共建活动 " + nobody + " 不存在"));
        given().header("Accept-Language", "zh")
                .get("/api/v1/activities?overdue=true")
                .then()
                .statusCode(400)
                .body("title", equalTo("无法识别的查询参数"))
                .body("detail", matchesPattern("未知的查询参数“overdue”；此操作接受 .*"));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void aRefusedRoleIsToldInChinese() {
        given().header("Accept-Language", "zh")
                .contentType(ContentType.JSON)
                .body(ActivityBodies.activity(partnership, calendar.today()))
                .post("/api/v1/activities")
                .then()
                .statusCode(403)
                .header("Content-Language", "zh")
                .body("title", equalTo("无权执行此操作"))
                .body("detail", matchesPattern(CHINESE));
    }
}
