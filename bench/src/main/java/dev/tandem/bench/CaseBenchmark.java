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
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the case operations of issue 7 against a running Tandem server filled by {@link CaseGenerator}: one client,
 * one request at a time over loopback, warm-up first, then the median, p90 and maximum of each kind. Talks only to
 * this machine and stops by itself. Each user signs in once with the form and its requests carry the session, as a
 * browser's do ({@code --auth session}, the default, which the goals of issue 7 mean); {@code --auth basic} sends
 * HTTP Basic credentials with every request instead, so every request also pays the password check (bcrypt).
 *
 * <pre>
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) dev.tandem.bench.CaseBenchmark \
 *      --url http://127.0.0.1:8080 --password "$TANDEM_DEMO_PASSWORD" [--rounds 100] [--warmup 30] [--auth basic]
 * </pre>
 */
public final class CaseBenchmark {

    private static final String[] QUERIES = {"insulin", "3004", "Sinuiju", "병원", "vaccines", "trucks 8704",
            "Ryonbong", "인도적", "fertiliser", "solar"};
    private static final Pattern REF = Pattern.compile("\"ref\":\"(T-\\d{4}-\\d+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String password;
    private final boolean basic;
    /** Each user's client (holding its session cookie) and the CSRF header its posts carry. */
    private final java.util.Map<String, Session> sessions = new java.util.HashMap<>();

    private record Session(HttpClient http, String csrfHeader, String csrf) {
    }

    private CaseBenchmark(String base, String password, boolean basic) {
        this.base = base;
        this.password = password;
        this.basic = basic;
    }

    public static void main(String[] args) throws Exception {
        String url = CaseGenerator.option(args, "--url", "http://127.0.0.1:8080");
        String host = URI.create(url).getHost();
        if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("--url must point at this machine");
        }
        String password = CaseGenerator.option(args, "--password", System.getenv("TANDEM_DEMO_PASSWORD"));
        int rounds = Integer.parseInt(CaseGenerator.option(args, "--rounds", "100"));
        int warmup = Integer.parseInt(CaseGenerator.option(args, "--warmup", "30"));
        String auth = CaseGenerator.option(args, "--auth", "session");
        if (!auth.equals("session") && !auth.equals("basic")) {
            throw new IllegalArgumentException("--auth must be session or basic");
        }
        System.out.println("authentication: " + (auth.equals("basic")
                ? "HTTP Basic on every request" : "signed in once per user, session cookie on every request"));
        new CaseBenchmark(url, password, auth.equals("basic")).run(rounds, warmup);
    }

    private void run(int rounds, int warmup) throws Exception {
        Random random = new Random(11);
        String first = body(get("secretariat", "/api/cases?size=1"));
        long total = Long.parseLong(match(TOTAL, first));
        int pages = (int) Math.min(Integer.MAX_VALUE, (total + 49) / 50);
        System.out.printf("cases visible to the secretariat: %,d (%,d pages of 50)%n", total, pages);
        long started = System.nanoTime();
        body(get("secretariat", "/api/cases?q=insulin"));
        System.out.printf("first search (builds the index if the server has not yet): %.0f ms%n",
                (System.nanoTime() - started) / 1e6);
        List<String> refs = new ArrayList<>();
        Matcher m = REF.matcher(body(get("secretariat", "/api/cases?size=200&page=" + random.nextInt(pages / 4 + 1))));
        while (m.find()) {
            refs.add(m.group(1));
        }
        String forum = "rok-us-dg-consultation";

        measure("case list page, API (secretariat, 50 rows, total)", rounds, warmup,
                () -> get("secretariat", "/api/cases?size=50&page=" + random.nextInt(pages)));
        measure("case list page, UI (secretariat, 50 rows, page links)", rounds, warmup,
                () -> get("secretariat", "/cases?page=" + random.nextInt(pages)));
        measure("case list page, API (applicant's own)", rounds, warmup,
                () -> get("applicant", "/api/cases?size=50&page=" + random.nextInt(20)));
        measure("search, API (secretariat, 50 best)", rounds, warmup,
                () -> get("secretariat", "/api/cases?q=" + java.net.URLEncoder.encode(
                        QUERIES[random.nextInt(QUERIES.length)], StandardCharsets.UTF_8)));
        measure("open a case, API", rounds, warmup, () -> get("secretariat", "/api/cases/" + refs.get(random.nextInt(refs.size()))));
        measure("open a case, UI page", rounds, warmup, () -> get("secretariat", "/cases/" + refs.get(random.nextInt(refs.size()))));
        String draft = """
                {"forum":"%s","title":"Benchmark insulin","purpose":"Insulin for Sinuiju hospital","category":"HUMANITARIAN",
                 "items":[{"description":"Insulin","quantity":500,"unit":"vial","hsCode":"3004.31","direction":"TO"},
                          {"description":"Syringes","quantity":5000,"unit":"piece","hsCode":"9018.31","direction":"TO"}],
                 "counterparties":[{"role":"CONSIGNEE","name":"Sinuiju Provincial Hospital","kind":"ORGANISATION"}]}"""
                .formatted(forum);
        measure("submit with triage (screening, item rules, charter), API", rounds, warmup, () -> {
            String created = body(send("applicant", HttpRequest.newBuilder(URI.create(base + "/api/cases"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(draft))));
            String ref = match(REF, created);
            return send("applicant", HttpRequest.newBuilder(URI.create(base + "/api/cases/" + ref + "/submission"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"version\":1}")));
        }, true);
    }

    private interface Call {
        HttpResponse<String> call() throws Exception;
    }

    private void measure(String what, int rounds, int warmup, Call call) throws Exception {
        measure(what, rounds, warmup, call, false);
    }

    /** Times each call; {@code lastOnly}: the call times itself (e.g. creation excluded), see {@link #send}. */
    private void measure(String what, int rounds, int warmup, Call call, boolean lastOnly) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < warmup + rounds; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = call.call();
            double ms = (lastOnly ? lastNanos : System.nanoTime() - start) / 1e6;
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " " + response.body());
            }
            if (i >= warmup) {
                times.add(ms);
            }
        }
        Collections.sort(times);
        System.out.printf("%-62s median %6.1f ms  p90 %6.1f ms  max %6.1f ms  (n=%d)%n", what,
                times.get(times.size() / 2), times.get((int) (times.size() * 0.9)), times.get(times.size() - 1),
                times.size());
    }

    private long lastNanos;

    private HttpResponse<String> get(String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
        HttpClient client = http;
        if (basic) {
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        } else {
            Session session = session(user);
            client = session.http();
            request.header(session.csrfHeader(), session.csrf());
        }
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        lastNanos = System.nanoTime() - start;
        return response;
    }

    private Session session(String user) throws Exception {
        Session session = sessions.get(user);
        if (session == null) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String[] csrf = ServerLoad.signIn(client, base, user, password);
            session = new Session(client, csrf[0], csrf[1]);
            sessions.put(user, session);
        }
        return session;
    }

    private static String body(HttpResponse<String> response) {
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }
}
