package io.gongjian.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DynamicTest;

/**
 * Walks endpoints × the realm's demo users with their real Keycloak tokens: one dynamic test per cell, named
 * after the request, the user and the status expected.
 */
public final class AccessMatrix {

    /** The demo users, one per role and scope, in the order expectations are written. */
    public static final List<String> USERS =
            List.of("admin", "gx-bureau", "sz-bureau", "lzzy-admin", "gxqc-admin", "viewer");

    /** The organisations the realm gives lzzy-admin and gxqc-admin (Liuzhou, region 450200). */
    public static final String LZZY = "45020000-0000-4000-8000-000000000001";

    public static final String GXQC = "45020000-0000-4000-8000-000000000002";

    /** Tokens last 15 minutes: one per user serves a whole test run of a module. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final List<DynamicTest> tests = new ArrayList<>();

    public String token(String user) {
        return TOKENS.computeIfAbsent(user, Tokens::forUser);
    }

    /**
     * @param request e.g. "GET /api/v1/activities/{id}"
     * @param label what the {id} stands for, shown in the test name
     * @param expected one status per user of {@link #USERS}
     */
    public AccessMatrix expect(
            String request, String id, String label, int[] expected, UnaryOperator<RequestSpecification> prepare) {
        String[] methodAndPath = request.split(" ", 2);
        String path = id == null ? methodAndPath[1] : methodAndPath[1].replace("{id}", id);
        for (int i = 0; i < USERS.size(); i++) {
            String user = USERS.get(i);
            int status = expected[i];
            tests.add(DynamicTest.dynamicTest(
                    request + " [" + label + "] as " + user + " → " + status,
                    () -> prepare.apply(given().auth().oauth2(token(user)))
                            .request(methodAndPath[0], path)
                            .then()
                            .statusCode(status)));
        }
        return this;
    }

    public AccessMatrix expect(String request, String id, String label, int[] expected) {
        return expect(request, id, label, expected, request1 -> request1);
    }

    public List<DynamicTest> tests() {
        return List.copyOf(tests);
    }
}
