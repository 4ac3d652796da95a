package io.gongjian.embedded;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Keycloak as the local platform and the tests start it. */
class KeycloakServerTest {

    @TempDir
    Path directory;

    @Test
    void listensOnTheLoopbackAddressOnlyAndCarriesTheStacksMarker() throws Exception {
        Optional<InetAddress> external = nonLoopbackAddress();
        assumeTrue(external.isPresent(), "this machine has no address but loopback");
        Path root = Path.of(System.getProperty("gongjian.root", "../.."))
                .toAbsolutePath()
                .normalize();
        StackMarker marker = new StackMarker(directory);
        int port = Readiness.freePort();
        int managementPort = Readiness.freePort();
        try (KeycloakServer keycloak = KeycloakServer.launch(
                marker,
                KeycloakServer.distribution(root),
                // Same home and options as the services' tests: Keycloak's one-time build step is shared.
                root.resolve("target/test-keycloak"),
                root.resolve("deploy/keycloak/gongjian-realm.json"),
                port,
                managementPort,
                KeycloakServer.Storage.MEMORY,
                directory.resolve("keycloak.log"),
                directory.resolve("run/keycloak.pid"))) {
            keycloak.awaitReady(Duration.ofSeconds(240));

            assertTrue(accepts(InetAddress.getLoopbackAddress(), managementPort));
            assertFalse(
                    accepts(external.get(), managementPort),
                    "the management interface answers on " + external.get().getHostAddress());
            assertFalse(
                    accepts(external.get(), port),
                    "Keycloak answers on " + external.get().getHostAddress());
            // Keycloak's JVM (and kc.sh while it waits for it; on a first start kc.sh execs the JVM, so one
            // process): `gongjian stop` finds them even without a pid file.
            assertFalse(marker.processes().isEmpty(), "no process carries the stack's marker");
        }
        assertTrue(marker.processes().isEmpty(), "Keycloak outlived close()");
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }
}
