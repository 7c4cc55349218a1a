package org.channelcenter.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain HTTP/1.1 to the test server over a socket whose local address the test chooses, so a request can come from
 * a trusted proxy (127.0.0.1) or from another address (127.0.0.2: all of 127/8 is this host on Linux) with the
 * headers the test writes. Also reads one value of the server's /metrics. No cookies, no redirects: what the
 * operations endpoints answer to anyone.
 */
public final class ServerEndpoints {

    private ServerEndpoints() {}

    /** The status line's code and the body of one request; {@code body} null for a GET. */
    public record Answer(int status, String body) {}

    public static int port() {
        return Integer.getInteger("channelcenter.http.port", 9081);
    }

    public static Answer get(String path) {
        return send("127.0.0.1", "GET", path, Map.of(), null);
    }

    /** Sends one request from {@code fromAddress} to the server on 127.0.0.1; a form body is URL-encoded already. */
    public static Answer send(
            String fromAddress, String method, String path, Map<String, String> headers, String body) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port()), 10_000);
            socket.setSoTimeout(60_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder()
                    .append(method)
                    .append(" /")
                    .append(path)
                    .append(" HTTP/1.1\r\nHost: localhost:")
                    .append(port())
                    .append("\r\nConnection: close\r\n");
            headers.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(content.length)
                        .append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value of the application's metrics (Prometheus text, e.g. {@code sign_in_failures_total}), if present. */
    public static Optional<Double> metric(String name) {
        Answer metrics = get("metrics?scope=application");
        if (metrics.status() != 200) {
            throw new IllegalStateException("/metrics answered HTTP " + metrics.status());
        }
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})?\\s+(\\S+)$")
                .matcher(metrics.body());
        return value.find() ? Optional.of(Double.parseDouble(value.group(2))) : Optional.empty();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    private static Answer parse(byte[] response) {
        String text = new String(response, StandardCharsets.UTF_8);
        int status = Integer.parseInt(text.substring(text.indexOf(' ') + 1, text.indexOf(' ') + 4));
        int headersEnd = text.indexOf("\r\n\r\n");
        String head = text.substring(0, headersEnd);
        String body = text.substring(headersEnd + 4);
        if (head.toLowerCase().contains("transfer-encoding: chunked")) {
            body = unchunk(body);
        }
        return new Answer(status, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(
                    chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            // sizes count bytes; the texts read here (JSON, Prometheus) are ASCII
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
