package io.gongjian.partnership.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.gongjian.embedded.KeycloakServer;
import io.gongjian.embedded.Readiness;
import io.gongjian.testing.TestInfrastructure;
import io.gongjian.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service starts while Keycloak cannot be reached: it must not claim to be ready, and a request with a token
 * it cannot verify yet gets 503 with Retry-After rather than a 500. Once Keycloak can be reached, the service
 * becomes ready and accepts tokens by itself, without a restart. "Keycloak" is the real one behind a forwarder on
 * a port where nothing listens until the test opens it.
 */
@QuarkusTest
@TestProfile(TokenIssuerOutageTest.UnreachableIssuer.class)
class TokenIssuerOutageTest {

    private static final String PORT = "gongjian.test.unreachable-issuer.port";

    /** Points OIDC at a closed port; the port is a system property, shared by the class loaders of a test. */
    public static class UnreachableIssuer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", issuer(), "config_ordinal", "1000");
        }
    }

    static synchronized String issuer() {
        if (System.getProperty(PORT) == null) {
            System.setProperty(PORT, Integer.toString(Readiness.freePort()));
        }
        return "http://127.0.0.1:" + System.getProperty(PORT) + "/realms/" + KeycloakServer.REALM;
    }

    @Test
    void answers503AndIsNotReadyUntilKeycloakCanBeReachedThenAcceptsTokensByItself() throws IOException {
        String token = Tokens.forUser("gx-bureau");
        given().auth()
                .oauth2(token)
                .get("/api/v1/partnerships/whoami")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("10"))
                .body("detail", containsString("sign-in service"));
        given().get("/api/v1/partnerships/whoami").then().statusCode(401);
        given().get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'token keys' }.status", equalTo("DOWN"));

        URI keycloak = URI.create(TestInfrastructure.keycloakUrl());
        try (Forwarder forwarder =
                new Forwarder(Integer.parseInt(System.getProperty(PORT)), keycloak.getHost(), keycloak.getPort())) {
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> given().get("/q/health/ready").statusCode() == 200);
            given().get("/q/health/ready").then().body("checks.name", hasItem("token keys"));
            String issued = Tokens.forUser("http://127.0.0.1:" + forwarder.port(), "gx-bureau");
            given().auth()
                    .oauth2(issued)
                    .get("/api/v1/partnerships/whoami")
                    .then()
                    .statusCode(200)
                    .body("username", equalTo("gx-bureau"));
        }
    }

    /** Forwards every connection on a local port to Keycloak, byte for byte. */
    static final class Forwarder implements AutoCloseable {
        private final ServerSocket server;

        Forwarder(int port, String host, int targetPort) throws IOException {
            server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            daemon(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket target = new Socket(host, targetPort);
                        pump(client, target);
                        pump(target, client);
                    } catch (IOException e) {
                        return; // closed
                    }
                }
            });
        }

        int port() {
            return server.getLocalPort();
        }

        private static void pump(Socket from, Socket to) {
            daemon(() -> {
                try (InputStream in = from.getInputStream();
                        OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    // the other side closed
                } finally {
                    closeQuietly(to);
                }
            });
        }

        private static void daemon(Runnable work) {
            Thread thread = new Thread(work, "keycloak-forwarder");
            thread.setDaemon(true);
            thread.start();
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
