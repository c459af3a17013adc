package dev.tandem.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times the reports of issue 12 against a running Tandem server filled by {@link CaseGenerator}: the dashboard page
 * (every figure, from SQL aggregates) for all forums over 2018–2026 and for one forum and one year, and the CSV
 * export of every case, read to the end while the server streams it. One client with a signed-in session, one
 * request at a time over loopback; reports the median, p90 and maximum, and the export's rows and bytes.
 *
 * <pre>
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) dev.tandem.bench.ReportBenchmark \
 *      --url http://127.0.0.1:8080 --password "$TANDEM_DEMO_PASSWORD" [--rounds 20] [--warmup 5]
 * </pre>
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = CaseGenerator.option(args, "--url", "http://127.0.0.1:8080");
        String host = URI.create(url).getHost();
        if (!(host.equals("localhost") || host.startsWith("127."))) {
            throw new IllegalArgumentException("--url must point at this machine");
        }
        String password = CaseGenerator.option(args, "--password", System.getenv("TANDEM_DEMO_PASSWORD"));
        int rounds = Integer.parseInt(CaseGenerator.option(args, "--rounds", "20"));
        int warmup = Integer.parseInt(CaseGenerator.option(args, "--warmup", "5"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new java.net.CookieManager()).build();
        ServerLoad.signIn(http, url, "secretariat", password);
        time(http, url + "/reports?from=2018-01-01&to=2026-12-31", "dashboard, all forums, 2018-2026", rounds, warmup);
        time(http, url + "/reports?from=2020-01-01&to=2020-12-31&forum=rok-us-working-group",
                "dashboard, one forum, 2020", rounds, warmup);
        time(http, url + "/reports/export/cases.csv?from=2018-01-01&to=2026-12-31", "CSV export of every case",
                Math.max(1, rounds / 4), 1);
        System.exit(0);
    }

    private static void time(HttpClient http, String target, String label, int rounds, int warmup) throws Exception {
        List<Double> ms = new ArrayList<>();
        long rows = 0;
        long bytes = 0;
        for (int i = 0; i < warmup + rounds; i++) {
            long start = System.nanoTime();
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(target))
                    .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(label + ": HTTP " + response.statusCode());
            }
            long lines = 0;
            long read = 0;
            byte[] buffer = new byte[65536];
            try (InputStream in = response.body()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    read += n;
                    for (int j = 0; j < n; j++) {
                        if (buffer[j] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (i >= warmup) {
                ms.add(elapsed);
                rows = lines;
                bytes = read;
            }
        }
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "%-40s median %8.1f ms  p90 %8.1f ms  max %8.1f ms  (%d rounds; last: %,d lines, %,d bytes)%n",
                label, ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.9) - 1), ms.get(ms.size() - 1),
                ms.size(), rows, bytes);
    }
}
