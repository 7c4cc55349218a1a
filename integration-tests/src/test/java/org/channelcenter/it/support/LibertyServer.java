package org.channelcenter.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * One more Liberty server with the portal's EAR and the suite's configuration, created by the POM next to the
 * test server (profile postgresql) and started and stopped here with the server's own {@code bin/server} script,
 * as an operations team would. Its name and port come from the POM ({@code channelcenter.server.<key>.name},
 * {@code channelcenter.server.<key>.http.port}).
 */
public final class LibertyServer {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            // HTTP/1.1 as a browser speaks it over plain HTTP: an h2c upgrade makes Liberty fail the page (push)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final String name;
    private final int httpPort;
    private final Path wlp;

    private LibertyServer(String name, int httpPort, Path wlp) {
        this.name = name;
        this.httpPort = httpPort;
        this.wlp = wlp;
    }

    /** The server the POM names under {@code key} (e.g. "b"). */
    public static LibertyServer named(String key) {
        String name = System.getProperty("channelcenter.server." + key + ".name");
        String port = System.getProperty("channelcenter.server." + key + ".http.port");
        if (name == null || port == null) {
            throw new IllegalStateException("no server " + key + " in this run: it exists in the postgresql profile"
                    + " (channelcenter.server." + key + ".name and .http.port)");
        }
        return new LibertyServer(
                name, Integer.parseInt(port), Paths.get(System.getProperty("channelcenter.wlp", "target/liberty/wlp")));
    }

    public String name() {
        return name;
    }

    /** The portal's address on this server, e.g. {@code http://localhost:9381/}. */
    public String baseUrl() {
        return "http://localhost:" + httpPort + "/";
    }

    /**
     * Starts the servers that are not running, side by side (a start is mostly waiting), and waits until each
     * serves its sign-in page.
     */
    public static void startAll(LibertyServer... servers) {
        List<CompletableFuture<Void>> starts = Arrays.stream(servers)
                .map(server -> CompletableFuture.runAsync(server::start))
                .toList();
        try {
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Starts the server unless it answers already, and waits until the portal serves its sign-in page. */
    public void start() {
        if (signInPageStatus() == 200) {
            return;
        }
        script("start");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
        while (true) {
            int status = signInPageStatus();
            if (status == 200) {
                return;
            }
            // nothing yet, or the application is still starting (404, 503); anything else is a broken page
            if (status >= 500 && status != 503 || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " did not serve the sign-in page (last answer: "
                        + (status == 0 ? "none" : status) + "); see "
                        + wlp.resolve("usr/servers/" + name + "/logs/messages.log"));
            }
            Pause.of(Duration.ofMillis(250));
        }
    }

    /** Stops the server and waits until its process has ended. */
    public void stop() {
        script("stop");
    }

    public boolean servesTheSignInPage() {
        return signInPageStatus() == 200;
    }

    /** The HTTP status of the sign-in page, or 0 when nothing answers. */
    private int signInPageStatus() {
        try {
            return CLIENT.send(
                            HttpRequest.newBuilder(URI.create(baseUrl() + PortalPage.LOGIN_PATH))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** The server's own log, e.g. to show what it did. */
    public String messages() {
        try {
            return Files.readString(wlp.resolve("usr/servers/" + name + "/logs/messages.log"));
        } catch (IOException e) {
            return "";
        }
    }

    private void script(String action) {
        ProcessBuilder process = new ProcessBuilder(
                        wlp.resolve("bin/server").toAbsolutePath().toString(), action, name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        wlp.resolve("usr/servers/" + name + "/script.log").toFile()));
        // The server runs on the JVM that runs the tests (Java 17), whatever JAVA_HOME the shell had.
        process.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try {
            Process running = process.start();
            if (!running.waitFor(240, TimeUnit.SECONDS)) {
                running.destroy();
                throw new IllegalStateException("server " + action + " " + name + " did not end within 240 s");
            }
            int exit = running.exitValue();
            // 1: "server start" found it running already, or "server stop" found it stopped
            if (exit != 0 && exit != 1) {
                throw new IllegalStateException("server " + action + " " + name + " ended with " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run server " + action + " " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: server " + action + " " + name, e);
        }
    }
}
