package io.gongjian.e2e;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the platform's PostgreSQL commits when nothing but the insert runs: pgbench, in the activity service's
 * database, each transaction one activity row plus one outbox row, as a logged activity writes them. The rows go to
 * scratch copies of the activity service's tables ({@code tracked_record}, {@code outbox}) in a schema of their own,
 * created for the measurement and dropped after it: no service data is touched.
 */
final class RawInserts {

    private static final String DATABASE = "activity";
    private static final String SCHEMA = "load_bench";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    /**
     * Sizes of the real rows: the activity as its JSON, the event as its CloudEvent envelope. A colon is followed by a
     * space: pgbench would read ":6" as a variable, even inside a literal.
     */
    private static final String DETAILS =
            "{\"type\": \"JOINT_STUDY\",\"mode\": \"IDEOLOGY\",\"title\": \"load benchmark"
                    + " joint study\",\"occurredOn\": \"2026-12-01\",\"organisingSide\": \"JOINT\",\"universityPartyMembers\": 6,"
                    + "\"enterprisePartyMembers\": 3,\"attendance\": 20,\"participantIds\": [],\"location\": null,\"notes\": null}";

    private static final String ENVELOPE = "{\"specversion\": \"1.0\",\"id\": \"0b6f5c1e-9a57-4a43-9d0e-51f4c2f7d3aa\","
            + "\"source\": \"/gongjian/activity\",\"type\": \"io.gongjian.activity.ActivityChanged\",\"subject\": "
            + "\"activities/0b6f5c1e-9a57-4a43-9d0e-51f4c2f7d3aa\","
            + "\"datacontenttype\": \"application/json\",\"data\": " + DETAILS + "}";

    private RawInserts() {}

    /** pgbench on the PATH, if this machine has it. */
    static Optional<Path> pgbench() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "pgbench"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Transactions per second committed by {@code clients} pgbench clients over {@code seconds}, on fresh tables. */
    static double transactionsPerSecond(Path pgbench, int clients, int seconds) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + Platform.postgresPort() + "/" + DATABASE, DATABASE, DATABASE);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
            statement.execute("CREATE TABLE " + SCHEMA + ".tracked_record (LIKE public.tracked_record INCLUDING ALL)");
            statement.execute("CREATE TABLE " + SCHEMA + ".outbox (LIKE public.outbox INCLUDING ALL)");
            // The copied default would draw on the service's own outbox sequence.
            statement.execute("CREATE SEQUENCE " + SCHEMA + ".outbox_position OWNED BY " + SCHEMA + ".outbox.position");
            statement.execute("ALTER TABLE " + SCHEMA + ".outbox ALTER COLUMN position SET DEFAULT nextval('" + SCHEMA
                    + ".outbox_position')");
            try {
                return run(pgbench, clients, seconds);
            } finally {
                statement.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
            }
        }
    }

    private static double run(Path pgbench, int clients, int seconds) throws Exception {
        Path script = Files.createTempFile("load-benchmark-", ".sql");
        Files.writeString(script, script(), StandardCharsets.UTF_8);
        try {
            List<String> command = new ArrayList<>(List.of(
                    pgbench.toString(),
                    "-n",
                    "-M",
                    "prepared",
                    "-h",
                    "127.0.0.1",
                    "-p",
                    String.valueOf(Platform.postgresPort()),
                    "-U",
                    DATABASE,
                    "-c",
                    String.valueOf(clients),
                    "-j",
                    String.valueOf(Math.min(clients, 4)),
                    "-T",
                    String.valueOf(seconds),
                    "-f",
                    script.toString(),
                    DATABASE));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", DATABASE);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            Matcher tps = TPS.matcher(output);
            if (exit != 0 || !tps.find()) {
                throw new AssertionError("pgbench failed (exit " + exit + "):\n" + output);
            }
            return Double.parseDouble(tps.group(1));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /**
     * One transaction: the activity row and its outbox row, as the activity service writes a logged activity, in one
     * of 1,000 partnerships. No pgbench variables.
     */
    private static String script() {
        return "BEGIN;\n"
                + "INSERT INTO " + SCHEMA + ".tracked_record (id, kind, partnership_id, region_code, type, mode,"
                + " business_date, status, version, details, updated_at) VALUES (gen_random_uuid(), 'ACTIVITY',"
                + " md5(floor(random() * 1000)::text)::uuid, '460101', 'JOINT_STUDY', 'IDEOLOGY', current_date, 'ACTIVE', 1, '"
                + DETAILS + "', now());\n"
                + "INSERT INTO " + SCHEMA + ".outbox (event_id, topic, record_key, event_type, envelope, subject,"
                + " traceparent) VALUES (gen_random_uuid(), 'gongjian.activity.events', md5(floor(random() * 1000)::text),"
                + " 'io.gongjian.activity.ActivityChanged', '" + ENVELOPE + "', 'activities/1',"
                + " '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');\n"
                + "END;\n";
    }
}
