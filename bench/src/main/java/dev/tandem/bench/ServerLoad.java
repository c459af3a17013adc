package dev.tandem.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load script for a running Tandem server. It only ever talks to this machine (loopback), and stops by itself
 * after its request budget or time limit.
 * <p>
 * Default: N concurrent clients each send one-name screening requests ({@code POST /api/screenings}), then it
 * prints the median, p90, p99 and throughput. With {@code --mix}: {@link MixedLoad}, many signed-in users of every
 * role on a realistic mix of work.
 *
 * <pre>
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) dev.tandem.bench.ServerLoad \
 *      --url http://localhost:8080 --user rok.member --password "$TANDEM_DEMO_PASSWORD" \
 *      --clients 16 --requests 20000 --warmup 2000 --seconds 120 [--basic]
 * java -cp ... dev.tandem.bench.ServerLoad --mix --url http://localhost:8080 --password "$TANDEM_DEMO_PASSWORD" \
 *      --users 200 --seconds 300 --requests 200000
 * </pre>
 */
public final class ServerLoad {

    static final List<String> NAMES = List.of("리용무", "Lee Yong-mu", "Kim Chol Nam", "Pak Pong Nam",
            "Choe Song Min", "Korea Mining Development Trading Corporation", "KOMID", "John Smith",
            "Maria Garcia", "Ali Hassan", "Hanbit Medical Aid", "Ri Yong Ho", "Jang Song Thaek", "Ocean Maritime",
            "Chong Chon Gang", "Robert Brown", "Choi Seok-min", "김정은", "Yun Ho-jin", "Tanchon Commercial Bank");

    private ServerLoad() {
    }

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", "http://localhost:8080");
        URI target = URI.create(url + "/api/screenings");
        requireLoopback(target);
        if (List.of(args).contains("--mix")) {
            MixedLoad.run(args);
            return;
        }
        String user = option(args, "--user", "rok.member");
        String password = option(args, "--password", System.getenv("TANDEM_DEMO_PASSWORD"));
        int clients = Integer.parseInt(option(args, "--clients", "16"));
        int requests = Integer.parseInt(option(args, "--requests", "20000"));
        int warmup = Integer.parseInt(option(args, "--warmup", "2000"));
        long seconds = Long.parseLong(option(args, "--seconds", "120"));
        if (password == null) {
            throw new IllegalArgumentException("--password (or TANDEM_DEMO_PASSWORD) is required");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new java.net.CookieManager())
                .executor(Executors.newFixedThreadPool(clients)).build();
        boolean basic = List.of(args).contains("--basic");
        // a client keeps its session as a browser does; --basic sends the password with every request instead,
        // which costs one bcrypt check per request on the server
        String[] auth = basic
                ? new String[] {"Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8))}
                : signIn(http, url, user, password);

        run(http, target, auth, clients, warmup, seconds, null);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(requests));
        long start = System.nanoTime();
        int done = run(http, target, auth, clients, requests, seconds, latencies);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "clients %d, requests %d in %.1f s: %.0f requests/s; latency median %.2f ms, "
                        + "p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", clients, done, elapsed, done / elapsed,
                ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 1.0));
        System.exit(0);
    }

    /** Signs in with the form, as a browser would, and returns the CSRF header the session needs for posts. */
    static String[] signIn(HttpClient http, String url, String user, String password) throws Exception {
        String login = http.send(HttpRequest.newBuilder(URI.create(url + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + meta(login, "_csrf");
        http.send(HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String home = http.send(HttpRequest.newBuilder(URI.create(url + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        if (!home.contains("name=\"_csrf\"")) {
            throw new IllegalStateException("sign-in as " + user + " failed");
        }
        return new String[] {meta(home, "_csrf_header"), meta(home, "_csrf")};
    }

    static String meta(String html, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no meta " + name + " in the page");
        }
        return m.group(1);
    }

    private static int run(HttpClient http, URI target, String[] auth, int clients, int requests, long seconds,
                           List<Long> latencies) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    String name = NAMES.get(i % NAMES.size());
                    HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                            .header(auth[0], auth[1]).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"names\":[{\"name\":\"" + name + "\"}]}"))
                            .build();
                    long t0 = System.nanoTime();
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    long t = System.nanoTime() - t0;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode() + " for " + name);
                    }
                    if (latencies != null) {
                        latencies.add(t);
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return done.get();
    }

    static void requireLoopback(URI target) {
        String host = target.getHost();
        if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"))) {
            throw new IllegalArgumentException("--url must point at this machine (localhost, 127.x.x.x or ::1)");
        }
    }

    static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
