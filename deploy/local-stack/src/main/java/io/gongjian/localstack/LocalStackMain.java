package io.gongjian.localstack;

import io.gongjian.embedded.ComponentFailure;
import io.gongjian.embedded.KafkaBrokerProcess;
import io.gongjian.embedded.KeycloakServer;
import io.gongjian.embedded.PidFiles;
import io.gongjian.embedded.Readiness;
import io.gongjian.localstack.demo.DemoData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./gongjian start | stop | status}: the one-command local platform.
 *
 * <p>{@code start} runs in the foreground; Ctrl-C (or {@code ./gongjian stop} from another terminal) stops
 * every process it started, by pid, and any process of this platform's home found by its marker
 * ({@link RunningStack}). Data stays in {@code .gongjian/} (or {@code $GONGJIAN_HOME}), so a second
 * start keeps it and skips the one-time work.
 */
public final class LocalStackMain {

    private LocalStackMain() {}

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "start" : args[0];
        StackSettings settings = settings();
        int exit =
                switch (command) {
                    case "start" -> start(settings);
                    case "stop" -> new RunningStack(settings, System.out).stop();
                    case "status" -> {
                        new RunningStack(settings, System.out).printStatus();
                        yield 0;
                    }
                    default -> {
                        System.err.println("usage: gongjian start | stop | status");
                        yield 2;
                    }
                };
        System.exit(exit);
    }

    static StackSettings settings() {
        Map<String, String> environment = System.getenv();
        Path root = Path.of(System.getProperty("gongjian.root", "."))
                .toAbsolutePath()
                .normalize();
        Path home = Path.of(environment.getOrDefault(
                        "GONGJIAN_HOME", root.resolve(".gongjian").toString()))
                .toAbsolutePath()
                .normalize();
        return new StackSettings(
                root, home, Ports.local(environment), KeycloakServer.Storage.FILE, home.resolve("keycloak"));
    }

    private static int start(StackSettings settings) throws IOException, InterruptedException {
        Path launcherPid = settings.pidFile("launcher");
        RunningStack running = new RunningStack(settings, System.out);
        OptionalLong launcher = running.launcher();
        if (launcher.isPresent()) {
            System.err.println("The local platform is already running (pid " + launcher.getAsLong()
                    + "). Stop it with ./gongjian stop");
            return 1;
        }
        List<ProcessHandle> leftovers = running.processes();
        if (!leftovers.isEmpty()) {
            System.err.println("Processes of an earlier run of this platform still run (pids "
                    + leftovers.stream()
                            .map(handle -> Long.toString(handle.pid()))
                            .toList()
                    + "). Stop them with ./gongjian stop");
            return 1;
        }
        String busy = busyPorts(settings.ports());
        if (!busy.isEmpty()) {
            System.err.println("Cannot start: " + busy
                    + " already in use. Stop what uses it, or move ours with GONGJIAN_<COMPONENT>_PORT.");
            return 1;
        }
        Files.createDirectories(settings.logs());
        PidFiles.write(launcherPid, ProcessHandle.current().pid());

        Progress progress = new Progress(System.out);
        progress.info("Gongjian local platform: data and logs in " + settings.home());
        CountDownLatch stopped = new CountDownLatch(1);
        LocalStack stack;
        try {
            stack = LocalStack.start(settings, LocalStackMain::launchKafka, progress);
        } catch (ComponentFailure failure) {
            progress.info("");
            progress.info("✘ " + failure.component() + " failed: " + failure.getMessage());
            progress.info("  Everything started so far has been stopped.");
            PidFiles.delete(launcherPid);
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println();
            System.out.println("Stopping the local platform …");
            stack.close();
            PidFiles.delete(launcherPid);
            running.confirmStopped();
            stopped.countDown();
        }));

        Progress.Step demo = progress.begin("demo data");
        try {
            demo.done(new DemoData(settings.gatewayUrl(), settings.realmUrl()).load());
        } catch (RuntimeException e) {
            demo.failed("not loaded: " + e.getMessage() + " (the platform runs; see the services' logs)");
        }
        printWelcome(settings, progress);
        stopped.await();
        return 0;
    }

    private static LocalStack.LaunchedBroker launchKafka(StackSettings settings) {
        KafkaBrokerProcess broker = KafkaBrokerProcess.launch(
                settings.marker(),
                settings.ports().kafka(),
                settings.ports().kafkaController(),
                settings.home().resolve("kafka"),
                System.getProperty("java.class.path"),
                settings.log("kafka"),
                settings.pidFile("kafka"));
        return new LocalStack.LaunchedBroker(broker, () -> broker.awaitReady(Duration.ofSeconds(90)));
    }

    private static void printWelcome(StackSettings settings, Progress progress) {
        progress.info("");
        progress.info(String.format(
                Locale.ROOT,
                "Gongjian is up in %.1f s. Press Ctrl-C to stop it.",
                progress.elapsed().toMillis() / 1000.0));
        progress.info("");
        progress.info("  Gateway (the one entry point)  " + settings.gatewayUrl());
        progress.info("  Console (the web app)          " + settings.gatewayUrl() + "/console/");
        progress.info("  API documents (Swagger UI)     " + settings.gatewayUrl()
                + "/q/swagger-ui  (one document for all: " + settings.gatewayUrl() + "/openapi)");
        progress.info("  Gateway health and metrics     " + settings.gatewayManagementUrl()
                + LocalStack.PLATFORM_READINESS + "  (the whole platform ready?), /q/metrics");
        progress.info("  Keycloak, realm gongjian       " + settings.keycloakUrl() + "/admin/master/console/#/gongjian"
                + "  (admin console: admin / admin)");
        progress.info("");
        progress.info("  Demo users of realm gongjian (password = user name):");
        progress.info("    admin        platform-admin");
        progress.info("    gx-bureau    bureau-officer, region 45 (Guangxi)");
        progress.info("    sz-bureau    bureau-officer, region 4403 (Shenzhen)");
        progress.info("    lzzy-admin   org-admin, Liuzhou polytechnic party committee");
        progress.info("    gxqc-admin   org-admin, Guangxi automobile group party committee");
        progress.info("    viewer       viewer");
        progress.info("  Machine-to-machine client: bureau-guangxi / bureau-guangxi-secret (client credentials)");
        progress.info("");
        progress.info("  Try it:");
        progress.info("    TOKEN=$(curl -s -d grant_type=password -d client_id=gongjian-web -d username=gx-bureau \\");
        progress.info("      -d password=gx-bureau " + settings.realmUrl()
                + "/protocol/openid-connect/token | jq -r .access_token)");
        progress.info("    curl -H \"Authorization: Bearer $TOKEN\" " + settings.gatewayUrl() + "/api/v1/partnerships");
        progress.info("");
        progress.info("  Logs: " + settings.logs() + "    Stop: Ctrl-C or ./gongjian stop");
    }

    private static String busyPorts(Ports ports) {
        List<String> busy = new java.util.ArrayList<>();
        Map<String, Integer> named = new java.util.LinkedHashMap<>();
        named.put("gateway", ports.gateway());
        named.put("gateway-management", ports.gatewayManagement());
        named.put("keycloak", ports.keycloak());
        named.put("keycloak-management", ports.keycloakManagement());
        named.put("partnership", ports.partnership());
        named.put("activity", ports.activity());
        named.put("evaluation", ports.evaluation());
        named.put("postgres", ports.postgres());
        named.put("kafka", ports.kafka());
        named.put("kafka-controller", ports.kafkaController());
        named.forEach((name, port) -> {
            if (Readiness.portOpen(port)) {
                busy.add("port " + port + " (" + name + ")");
            }
        });
        return String.join(", ", busy);
    }
}
