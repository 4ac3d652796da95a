package io.gongjian.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 spoken by hand over a socket, for what clients will not send: paths with dot-segments left as they are,
 * oversized request lines and headers, chunked bodies that go on, bodies announced and never sent.
 */
final class RawHttp {

    /** An answer: status, headers (lower-case names), body; status 0 when the connection ended without one. */
    record Answer(int status, Map<String, String> headers, String body, long millis) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private RawHttp() {}

    /** Sends the request head (and body, if any) as given, then reads the answer until the server closes. */
    static Answer exchange(int port, String head, byte[] body) throws IOException {
        long started = System.nanoTime();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (SocketException refusedMidway) {
                    // The server answered and closed before taking it all: read what it said.
                }
            }
            out.flush();
            return read(socket.getInputStream(), started);
        }
    }

    /**
     * As most clients do: writes the whole body, in pieces of 2 KiB over some milliseconds, before it reads the
     * answer; a connection closed or reset under the writing fails the exchange, as it fails such a client.
     */
    static Answer exchangeWritingAllFirst(int port, String head, byte[] body) throws IOException {
        long started = System.nanoTime();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            for (int at = 0; at < body.length; at += 2048) {
                out.write(body, at, Math.min(2048, body.length - at));
                out.flush();
                pause();
            }
            return read(socket.getInputStream(), started);
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(1);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException(interrupted);
        }
    }

    /** A GET of the target exactly as written, with a token when given. */
    static Answer get(int port, String target, String token) throws IOException {
        return exchange(
                port,
                "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                        + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n",
                null);
    }

    /** A body in chunks of 1 KiB, {@code total} bytes in all, with its terminating chunk. */
    static byte[] chunked(int total) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        byte[] kib = "x".repeat(1024).getBytes(StandardCharsets.US_ASCII);
        for (int sent = 0; sent < total; sent += 1024) {
            int size = Math.min(1024, total - sent);
            chunks.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunks.write(kib, 0, size);
            chunks.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunks.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return chunks.toByteArray();
    }

    private static Answer read(InputStream in, long started) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            in.transferTo(received);
        } catch (SocketException reset) {
            // Keep what arrived before the reset.
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String text = received.toString(StandardCharsets.UTF_8);
        int headEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || headEnd < 0) {
            return new Answer(0, Map.of(), text, millis);
        }
        String[] lines = text.substring(0, headEnd).split("\r\n");
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        String body = text.substring(headEnd + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(Integer.parseInt(lines[0].substring(9, 12)), headers, body, millis);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
