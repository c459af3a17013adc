package dev.tandem.identity;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No redirect reflects the Host header (issue 8): sign-in, sign-out, a refused sign-in, the sign-in a page asks for,
 * and a page form's post all answer with a path on this server, over HTTP/1.0 (where a container makes redirects
 * absolute from the Host header) and HTTP/1.1 alike.
 */
@IntegrationTest
class RelativeRedirectsIntegrationTests {

    private static final String FORGED = "evil.example";

    @LocalServerPort
    int port;

    @Test
    void answersEveryRedirectWithAPathWhateverTheHostHeaderSays() throws Exception {
        RawHttp http = new RawHttp(port);
        List<String> locations = new ArrayList<>();
        for (String protocol : List.of("HTTP/1.0", "HTTP/1.1")) {
            // a page asks for sign-in
            locations.add(location(http.send(protocol, "GET", "/cases", FORGED, null)));

            // a refused and an accepted sign-in
            RawHttp.Response page = http.send("HTTP/1.0", "GET", "/login", FORGED, null);
            String cookie = page.sessionCookie().orElseThrow();
            locations.add(location(http.send(protocol, "POST", "/login", FORGED,
                    "username=rok.member&password=wrong-password-1&_csrf=" + page.csrfToken(), "Cookie: " + cookie)));
            page = http.send("HTTP/1.0", "GET", "/login", FORGED, null);
            cookie = page.sessionCookie().orElseThrow();
            RawHttp.Response signedIn = http.send(protocol, "POST", "/login", FORGED,
                    "username=rok.cochair&password=" + IntegrationTest.PASSWORD + "&_csrf=" + page.csrfToken(),
                    "Cookie: " + cookie);
            locations.add(location(signedIn));
            String session = signedIn.sessionCookie().orElse(cookie);

            // a page form's post (a decision on a hit that does not exist: refused, nothing changes)
            RawHttp.Response home = http.send("HTTP/1.0", "GET", "/screening", FORGED, null, "Cookie: " + session);
            assertThat(home.status()).isEqualTo(200);
            locations.add(location(http.send(protocol, "POST", "/screening/hits/999999999/decision", FORGED,
                    "decision=TRUE_MATCH&reason=test&_csrf=" + home.csrfToken(), "Cookie: " + session)));
            // the same with HTTP Basic credentials instead of a session
            locations.add(location(http.send(protocol, "POST", "/screening/hits/999999999/decision", FORGED,
                    "decision=TRUE_MATCH&reason=test",
                    "Authorization: " + RawHttp.basic("rok.cochair", IntegrationTest.PASSWORD))));

            // sign-out
            locations.add(location(http.send(protocol, "POST", "/logout", FORGED, "_csrf=" + home.csrfToken(),
                    "Cookie: " + session, "Accept: text/html")));
        }
        assertThat(locations).hasSize(12).allSatisfy(location -> {
            assertThat(location).doesNotContain(FORGED);
            assertThat(location).startsWith("/").doesNotStartWith("//");
        });
    }

    private static String location(RawHttp.Response response) {
        assertThat(response.status()).as(response.headerLines().toString()).isBetween(301, 303);
        return response.header("Location").orElseThrow();
    }
}
