package io.gongjian.partnership.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Problem documents in the caller's language (Chinese for Accept-Language zh…, English otherwise), and a
 * partnership GET that revalidates with If-None-Match.
 */
@QuarkusTest
class ProblemLanguageTest {

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void anIllegalLifecycleCommandIsRefusedInChineseWithItsExtensionMembers() {
        String partnership =
                Fixtures.draft(Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200"));
        given().header("Accept-Language", "zh-CN,zh;q=0.9")
                .post("/api/v1/partnerships/" + partnership + "/suspend")
                .then()
                .statusCode(409)
                .header("Content-Language", "zh")
                .header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("请求与当前状态冲突"))
                .body("detail", equalTo("共建关系当前为 DRAFT，不能暂停；当前允许：activate"))
                .body("field", equalTo("status"))
                .body("currentStatus", equalTo("DRAFT"));
        given().post("/api/v1/partnerships/" + partnership + "/suspend")
                .then()
                .statusCode(409)
                .header("Content-Language", "en")
                .body("title", equalTo("The request conflicts with the current state"))
                .body(
                        "detail",
                        equalTo("a partnership that is DRAFT cannot be asked to suspend; allowed now: activate"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void aWrongCheckCharacterIsExplainedInChinese() {
        Map<String, Object> organisation = new HashMap<>(Fixtures.organization("ENTERPRISE", "450200"));
        organisation.put("creditCode", "914502001982294575");
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "zh")
                .body(organisation)
                .post("/api/v1/organizations")
                .then()
                .statusCode(422)
                .body("title", equalTo("请求违反了业务规则"))
                .body("field", equalTo("creditCode"))
                .body("detail", equalTo("校验码（第 18 位）应为“4”，而不是“5”（GB 32100-2015）：请检查代码是否输入有误"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void aPartnershipReadRevalidatesWith304() {
        String partnership =
                Fixtures.draft(Fixtures.register("UNIVERSITY", "450200"), Fixtures.register("ENTERPRISE", "450200"));
        String etag = given().get("/api/v1/partnerships/" + partnership)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/partnerships/" + partnership)
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag));
        given().header("If-None-Match", "W/" + etag)
                .get("/api/v1/partnerships/" + partnership)
                .then()
                .statusCode(304);
        given().post("/api/v1/partnerships/" + partnership + "/activate").then().statusCode(200);
        given().header("If-None-Match", etag)
                .get("/api/v1/partnerships/" + partnership)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void aCallerWithoutATokenIsToldInChinese() {
        given().header("Accept-Language", "zh")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(401)
                .header("Content-Language", "zh")
                .body("title", equalTo("未登录或登录已失效"))
                .body("detail", equalTo("需要 gongjian 领域签发的有效 Bearer 令牌"));
    }
}
