package io.gongjian.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP receiver of traces, as a collector would be: the services export their spans to it
 * ({@code http/protobuf} at {@code /v1/traces}) and tests read what arrived. Reads the few fields of the
 * OpenTelemetry protocol a test asks about, straight from the protobuf wire format.
 */
final class TraceReceiver implements AutoCloseable {

    /** One span as exported, with the {@code service.name} of the process that sent it. */
    record ReceivedSpan(
            String service,
            String traceId,
            String spanId,
            String parentSpanId,
            String name,
            long startNanos,
            long endNanos,
            Map<String, String> attributes) {

        double millis() {
            return (endNanos - startNanos) / 1e6;
        }
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    private TraceReceiver(HttpServer server) {
        this.server = server;
    }

    static TraceReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            TraceReceiver receiver = new TraceReceiver(server);
            server.createContext("/v1/traces", receiver::receive);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The OTLP endpoint to configure an exporter with. */
    String endpoint() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            byte[] request = body.readAllBytes();
            for (Field resourceSpans : Field.all(request)) {
                if (resourceSpans.number == 1) {
                    resourceSpans(resourceSpans.bytes);
                }
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        } finally {
            exchange.close();
        }
    }

    private void resourceSpans(byte[] message) {
        String service = "?";
        for (Field field : Field.all(message)) {
            if (field.number == 1) {
                service = attributes(field.bytes, 1).getOrDefault("service.name", "?");
            }
        }
        for (Field scopeSpans : Field.all(message)) {
            if (scopeSpans.number == 2) {
                for (Field span : Field.all(scopeSpans.bytes)) {
                    if (span.number == 2) {
                        spans.add(span(service, span.bytes));
                    }
                }
            }
        }
    }

    private static ReceivedSpan span(String service, byte[] message) {
        Map<Integer, Field> fields = new HashMap<>();
        for (Field field : Field.all(message)) {
            fields.putIfAbsent(field.number, field);
        }
        return new ReceivedSpan(
                service,
                hex(fields.get(1)),
                hex(fields.get(2)),
                hex(fields.get(4)),
                text(fields.get(5)),
                fields.containsKey(7) ? fields.get(7).value : 0,
                fields.containsKey(8) ? fields.get(8).value : 0,
                attributes(message, 9));
    }

    /** The string-valued KeyValue attributes under field {@code number} of {@code message}. */
    private static Map<String, String> attributes(byte[] message, int number) {
        Map<String, String> attributes = new HashMap<>();
        for (Field keyValue : Field.all(message)) {
            if (keyValue.number != number) {
                continue;
            }
            String key = null;
            String value = null;
            for (Field part : Field.all(keyValue.bytes)) {
                if (part.number == 1) {
                    key = text(part);
                } else if (part.number == 2) {
                    for (Field any : Field.all(part.bytes)) {
                        value = any.bytes != null
                                ? new String(any.bytes, StandardCharsets.UTF_8)
                                : Long.toString(any.value);
                    }
                }
            }
            if (key != null) {
                attributes.put(key, value);
            }
        }
        return attributes;
    }

    private static String hex(Field field) {
        return field == null || field.bytes == null || field.bytes.length == 0
                ? null
                : HexFormat.of().formatHex(field.bytes);
    }

    private static String text(Field field) {
        return field == null ? null : new String(field.bytes, StandardCharsets.UTF_8);
    }

    /** One field of a protobuf message: its number and either its bytes (length-delimited) or its number value. */
    private record Field(int number, byte[] bytes, long value) {

        static List<Field> all(byte[] message) {
            List<Field> fields = new java.util.ArrayList<>();
            ByteArrayInputStream in = new ByteArrayInputStream(message);
            while (in.available() > 0) {
                long tag = varint(in);
                int number = (int) (tag >>> 3);
                switch ((int) (tag & 7)) {
                    case 0 -> fields.add(new Field(number, null, varint(in)));
                    case 1 -> fields.add(
                            new Field(number, null, little(next(in, 8)).getLong()));
                    case 2 -> fields.add(new Field(number, next(in, (int) varint(in)), 0));
                    case 5 -> fields.add(
                            new Field(number, null, little(next(in, 4)).getInt()));
                    default -> throw new IllegalStateException("unexpected wire type in tag " + tag);
                }
            }
            return fields;
        }

        private static byte[] next(ByteArrayInputStream in, int length) {
            byte[] bytes = new byte[length];
            if (in.read(bytes, 0, length) != length) {
                throw new IllegalStateException("truncated protobuf message");
            }
            return bytes;
        }

        private static ByteBuffer little(byte[] bytes) {
            return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        }

        private static long varint(ByteArrayInputStream in) {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = in.read();
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IllegalStateException("varint too long");
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
