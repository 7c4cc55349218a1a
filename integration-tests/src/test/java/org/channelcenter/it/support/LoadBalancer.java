package org.channelcenter.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a load balancer in front of several portal servers looks like to a browser, in the test JVM: one address
 * that forwards every request to the server it currently routes to ({@link #routeTo}), as a balancer does when
 * it takes a stopped server out. Requests and answers pass unchanged, cookies included; only a redirect's address
 * is rewritten from the server's to the balancer's, as a reverse proxy does.
 */
public final class LoadBalancer implements AutoCloseable {

    /** Headers that belong to one connection, or that the HTTP client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of(
            "connection",
            "content-length",
            "expect",
            "host",
            "upgrade",
            "keep-alive",
            "transfer-encoding",
            "te",
            "trailer",
            "proxy-connection");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            // HTTP/1.1 as the browser speaks it: an h2c upgrade makes Liberty fail the page (push)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, AtomicInteger> requestsPerServer = new ConcurrentHashMap<>();
    private final String address;
    private volatile String backend;

    private LoadBalancer(int port, String backend) throws IOException {
        this.backend = backend;
        this.address = "http://localhost:" + port + "/";
        server = HttpServer.create(new InetSocketAddress("localhost", port), 50);
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    /** Listening on {@code port} (of localhost), routing to {@code backend} (e.g. {@code http://localhost:9381/}). */
    public static LoadBalancer listening(int port, String backend) {
        try {
            return new LoadBalancer(port, backend);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on port " + port, e);
        }
    }

    /** The balancer's own address, which the browser uses. */
    public String address() {
        return address;
    }

    /** From now on every request goes to {@code backend}. */
    public void routeTo(String backend) {
        this.backend = backend;
    }

    /** How many requests went to that server so far. */
    public int requestsTo(String backend) {
        AtomicInteger count = requestsPerServer.get(backend);
        return count == null ? 0 : count.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        String target = backend;
        try (exchange) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                            target + exchange.getRequestURI().toString().substring(1)))
                    .timeout(Duration.ofSeconds(60));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            request.method(
                    exchange.getRequestMethod(),
                    body.length == 0
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (ConnectException down) {
                exchange.sendResponseHeaders(502, -1);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            requestsPerServer
                    .computeIfAbsent(target, key -> new AtomicInteger())
                    .incrementAndGet();
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.equals(":status")) {
                    List<String> forwarded = name.equalsIgnoreCase("location")
                            ? values.stream()
                                    .map(value -> value.replace(target, address))
                                    .toList()
                            : values;
                    exchange.getResponseHeaders().put(name, forwarded);
                }
            });
            byte[] answer = response.body();
            boolean empty = answer.length == 0 || "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : answer.length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
