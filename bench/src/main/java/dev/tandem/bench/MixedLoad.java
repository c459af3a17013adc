package dev.tandem.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many signed-in users of every role at once on a realistic mix: applicants browse their cases, file cases and
 * submit them (screening, item rules and triage run on submission); delegation members, co-chairs and the
 * secretariat browse and search cases, open them and screen names; the auditor reads the journal. Each user signs
 * in once with the form and keeps its session, as a browser does, and waits a think time between requests.
 * Bounded by a time limit and a request budget; loopback only. Prints, per request kind, the count, errors, p50
 * and p99, and the errors by status.
 */
final class MixedLoad {

    private static final String[] APPLICANTS = {"applicant", "applicant2"};
    private static final String[] STAFF = {"rok.member", "us.member", "rok.cochair", "us.cochair", "secretariat"};
    private static final String[] SEARCHES = {"Tamiflu", "railway", "reunion", "hospital", "fuel", "철도", "이산가족",
            "8704", "cameras", "sugar"};

    private record User(String name, String role, Map<String, String> cookies, String[] csrf, List<String> drafts) {
    }

    private static final class Stat {
        final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong errors = new AtomicLong();
    }

    private final HttpClient http;
    private final String url;
    private final Map<String, Stat> stats = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errorsByStatus = new ConcurrentHashMap<>();
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    private final List<String> caseRefs = Collections.synchronizedList(new ArrayList<>());

    private MixedLoad(HttpClient http, String url) {
        this.http = http;
        this.url = url;
    }

    static void run(String[] args) throws Exception {
        String url = ServerLoad.option(args, "--url", "http://localhost:8080");
        String password = ServerLoad.option(args, "--password", System.getenv("TANDEM_DEMO_PASSWORD"));
        int users = Integer.parseInt(ServerLoad.option(args, "--users", "200"));
        long seconds = Long.parseLong(ServerLoad.option(args, "--seconds", "300"));
        int budget = Integer.parseInt(ServerLoad.option(args, "--requests", "200000"));
        long thinkMs = Long.parseLong(ServerLoad.option(args, "--think-ms", "1000"));
        if (password == null) {
            throw new IllegalArgumentException("--password (or TANDEM_DEMO_PASSWORD) is required");
        }
        if (users < 1 || users > 1000 || seconds < 1 || seconds > 3600) {
            throw new IllegalArgumentException("--users 1..1000 and --seconds 1..3600");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).executor(Executors.newFixedThreadPool(8)).build();
        MixedLoad load = new MixedLoad(http, url);

        long signInStart = System.nanoTime();
        List<User> signedIn = load.signInAll(users, password);
        System.out.printf(Locale.ROOT, "%d users signed in in %.1f s%n", signedIn.size(),
                (System.nanoTime() - signInStart) / 1e9);
        load.caseRefs.addAll(load.visibleCases(signedIn.stream().filter(u -> u.role().equals("staff")).findFirst()
                .orElseThrow()));

        AtomicInteger sent = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> workers = new ArrayList<>();
        for (User user : signedIn) {
            workers.add(pool.submit(() -> {
                // users start spread over one think time, not all in the same millisecond
                sleep(ThreadLocalRandom.current().nextLong(Math.max(1, thinkMs)));
                while (System.nanoTime() < deadline && sent.incrementAndGet() <= budget) {
                    load.act(user);
                    sleep(thinkMs / 2 + ThreadLocalRandom.current().nextLong(Math.max(1, thinkMs)));
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        load.report(users, elapsed);
        System.exit(0);
    }

    private List<User> signInAll(int users, String password) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<User>> futures = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String name;
            String role;
            if (i % 10 < 4) {
                name = APPLICANTS[i % APPLICANTS.length];
                role = "applicant";
            } else if (i % 10 < 9) {
                name = STAFF[i % STAFF.length];
                role = "staff";
            } else {
                name = "auditor";
                role = "auditor";
            }
            futures.add(pool.submit(() -> signIn(name, role, password)));
        }
        List<User> signedIn = new ArrayList<>();
        for (Future<User> f : futures) {
            signedIn.add(f.get());
        }
        pool.shutdown();
        return signedIn;
    }

    private User signIn(String name, String role, String password) throws Exception {
        User user = new User(name, role, new ConcurrentHashMap<>(), new String[2], Collections.synchronizedList(new ArrayList<>()));
        String login = send(user, HttpRequest.newBuilder(URI.create(url + "/login"))).body();
        String form = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + ServerLoad.meta(login, "_csrf");
        send(user, HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String home = send(user, HttpRequest.newBuilder(URI.create(url + "/"))).body();
        if (!home.contains("name=\"_csrf\"") || home.contains("id=\"password\"")) {
            throw new IllegalStateException("sign-in as " + name + " failed");
        }
        user.csrf()[0] = ServerLoad.meta(home, "_csrf_header");
        user.csrf()[1] = ServerLoad.meta(home, "_csrf");
        return user;
    }

    private List<String> visibleCases(User staff) throws Exception {
        String body = send(staff, HttpRequest.newBuilder(URI.create(url + "/api/cases"))).body();
        List<String> refs = new ArrayList<>();
        Matcher m = Pattern.compile("\"ref\":\"([^\"]+)\"").matcher(body);
        while (m.find()) {
            refs.add(m.group(1));
        }
        return refs;
    }

    /** One request of the user's role, chosen by the weights of a working day. */
    private void act(User user) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int dice = random.nextInt(100);
        switch (user.role()) {
            case "applicant" -> {
                if (!user.drafts().isEmpty() && dice < 15) {
                    String ref = user.drafts().remove(0);
                    timed(user, "submit case", post("/api/cases/" + ref + "/submission", "{\"version\":1}"), 200);
                } else if (dice < 30) {
                    HttpResponse<String> r = timed(user, "file case", post("/api/cases", newCase(random)), 201);
                    if (r != null && r.statusCode() == 201) {
                        Matcher m = Pattern.compile("\"ref\":\"([^\"]+)\"").matcher(r.body());
                        if (m.find()) {
                            user.drafts().add(m.group(1));
                        }
                    }
                } else if (dice < 60) {
                    timed(user, "cases page", get("/cases"), 200);
                } else if (dice < 85) {
                    timed(user, "cases API", get("/api/cases"), 200);
                } else {
                    timed(user, "search", get("/api/cases?q=" + enc(SEARCHES[random.nextInt(SEARCHES.length)])), 200);
                }
            }
            case "staff" -> {
                if (dice < 25) {
                    String name = ServerLoad.NAMES.get(random.nextInt(ServerLoad.NAMES.size())).replace("\"", "");
                    timed(user, "screen name", post("/api/screenings", "{\"names\":[{\"name\":\"" + name + "\"}]}"), 200);
                } else if (dice < 45) {
                    timed(user, "search", get("/api/cases?q=" + enc(SEARCHES[random.nextInt(SEARCHES.length)])), 200);
                } else if (dice < 65 && !caseRefs.isEmpty()) {
                    timed(user, "case detail", get("/api/cases/" + caseRefs.get(random.nextInt(caseRefs.size()))), 200);
                } else if (dice < 85) {
                    timed(user, "cases page", get("/cases"), 200);
                } else {
                    timed(user, "cases API", get("/api/cases"), 200);
                }
            }
            default -> {
                if (dice < 70) {
                    timed(user, "journal API", get("/api/journal?limit=50"), 200);
                } else {
                    timed(user, "journal page", get("/journal"), 200);
                }
            }
        }
    }

    private static String newCase(ThreadLocalRandom random) {
        String counterparty = ServerLoad.NAMES.get(random.nextInt(ServerLoad.NAMES.size())).replace("\"", "");
        return """
                {"title":"Load case %d","purpose":"Medical supplies for provincial hospitals","category":"HUMANITARIAN",
                 "route":"Paju – Kaesong by road","jointVenture":false,
                 "items":[{"description":"Tamiflu","quantity":%d,"unit":"doses","hsCode":"3004.90","direction":"TO"}],
                 "counterparties":[{"role":"CONSIGNEE","name":"%s","kind":"ORGANISATION","country":"North Korea"}]}"""
                .formatted(random.nextInt(1_000_000), 100 + random.nextInt(10_000), counterparty);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(url + path)).GET();
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(url + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpResponse<String> timed(User user, String kind, HttpRequest.Builder request, int expected) {
        Stat stat = stats.computeIfAbsent(kind, k -> new Stat());
        request.header(user.csrf()[0], user.csrf()[1]);
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = send(user, request);
            stat.nanos.add(System.nanoTime() - t0);
            if (response.statusCode() != expected) {
                error(stat, kind, Integer.toString(response.statusCode()), response.body());
            }
            return response;
        } catch (Exception e) {
            stat.nanos.add(System.nanoTime() - t0);
            error(stat, kind, e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
            return null;
        }
    }

    private void error(Stat stat, String kind, String status, String body) {
        stat.errors.incrementAndGet();
        errorsByStatus.computeIfAbsent(kind + " → " + status, k -> new AtomicInteger()).incrementAndGet();
        if (errorSamples.size() < 5) {
            errorSamples.add(kind + " → " + status + ": " + body.substring(0, Math.min(300, body.length())));
        }
    }

    private HttpResponse<String> send(User user, HttpRequest.Builder request) throws Exception {
        if (!user.cookies().isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            user.cookies().forEach((k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            request.header("Cookie", cookie.toString());
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                user.cookies().put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return response;
    }

    private void report(int users, double elapsed) {
        long total = 0;
        long errors = 0;
        System.out.printf(Locale.ROOT, "%-14s %8s %7s %9s %9s%n", "request", "count", "errors", "p50 ms", "p99 ms");
        for (var e : new TreeMap<>(stats).entrySet()) {
            List<Long> sorted = new ArrayList<>(e.getValue().nanos);
            Collections.sort(sorted);
            total += sorted.size();
            errors += e.getValue().errors.get();
            System.out.printf(Locale.ROOT, "%-14s %8d %7d %9.1f %9.1f%n", e.getKey(), sorted.size(),
                    e.getValue().errors.get(), ServerLoad.ms(sorted, 0.50), ServerLoad.ms(sorted, 0.99));
        }
        System.out.printf(Locale.ROOT, "%d users, %d requests in %.1f s: %.1f requests/s, %d errors%n", users, total,
                elapsed, total / elapsed, errors);
        errorsByStatus.forEach((k, v) -> System.out.println("  errors " + k + ": " + v));
        errorSamples.forEach(s -> System.out.println("  e.g. " + s));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
