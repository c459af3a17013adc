package dev.tandem.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real Tandem server in its own JVM (the test classpath, {@code dev.tandem.TandemApplication}) on a data folder
 * and a free loopback port, driven over HTTP, and killed with SIGKILL ({@link Process#destroyForcibly()}).
 */
final class TandemProcess implements AutoCloseable {

    static final String PASSWORD = "process-test-password-1";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Path data;
    private final Path logs;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private Path log;
    private int starts;

    TandemProcess(Path folder) throws IOException {
        this.data = folder.resolve("data");
        this.logs = Files.createDirectories(folder.resolve("logs"));
        this.port = freePort();
    }

    Path data() {
        return data;
    }

    int port() {
        return port;
    }

    /** Starts the server (pause points named, or none) and waits until its health answers. */
    void start(String pauseAt) throws Exception {
        log = logs.resolve("server-" + (++starts) + ".log");
        List<String> command = java();
        if (pauseAt != null) {
            command.add("-Dtandem.test.pause-at=" + pauseAt);
        }
        command.add("dev.tandem.TandemApplication");
        process = builder(command).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Tandem exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Tandem did not become healthy within " + START_TIMEOUT + ":\n" + tail());
    }

    /** SIGKILL: no shutdown hook, no connection pool closed, no transaction ended. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    long pid() {
        return process.pid();
    }

    /** Waits until the server prints that a thread stopped at the pause point. */
    void awaitPause(String point) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log).contains("tandem-paused-at: " + point + "\n")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Tandem exited before pausing at " + point + ":\n" + tail());
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no thread paused at " + point + ":\n" + tail());
    }

    /** Runs {@code ./tandem <args>} as the script does, beside the server; returns exit code and output. */
    Map.Entry<Integer, String> command(String... args) throws Exception {
        List<String> command = java();
        command.add("dev.tandem.TandemApplication");
        command.add("cli");
        command.addAll(List.of(args));
        Path out = logs.resolve("command-" + System.nanoTime() + ".log");
        Process cli = builder(command).redirectOutput(out.toFile()).start();
        if (!cli.waitFor(4, TimeUnit.MINUTES)) {
            cli.destroyForcibly();
            throw new IllegalStateException("the command did not finish: " + String.join(" ", args));
        }
        return Map.entry(cli.exitValue(), Files.readString(out));
    }

    HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String user, String path, String json) throws Exception {
        return http.send(postJsonRequest(user, path, json), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends without waiting for the answer (the request will be paused and its server killed). */
    CompletableFuture<HttpResponse<String>> postJsonAsync(String user, String path, String json) {
        return http.sendAsync(postJsonRequest(user, path, json), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> postFileAsync(String user, String path, Map<String, String> fields,
                                                          String fileField, Path file) throws IOException {
        String boundary = "tandem" + System.nanoTime();
        List<byte[]> parts = new ArrayList<>();
        for (var f : fields.entrySet()) {
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        parts.add(Files.readAllBytes(file));
        parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = request(user, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest postJsonRequest(String user, String path, String json) {
        return request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private List<String> java() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classpath));
        return command;
    }

    private ProcessBuilder builder(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("TANDEM_"));
        env.put("TANDEM_DATA_DIR", data.toString());
        env.put("TANDEM_PORT", Integer.toString(port));
        env.put("TANDEM_DEMO_PASSWORD", PASSWORD);
        return builder;
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
