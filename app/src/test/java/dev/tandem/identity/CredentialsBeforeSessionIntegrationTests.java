package dev.tandem.identity;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tandem.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request with a valid session and an {@code Authorization} header with wrong credentials is refused (issue 8):
 * the credentials it brings are checked, whatever the session says.
 */
@IntegrationTest
class CredentialsBeforeSessionIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void refusesASessionBesideWrongBasicCredentialsOfTheSameUser() throws Exception {
        RawHttp http = new RawHttp(port);
        String session = http.signIn("rok.member", IntegrationTest.PASSWORD);
        String host = "127.0.0.1:" + port;
        assertThat(http.send("HTTP/1.1", "GET", "/api/forums", host, null, "Cookie: " + session).status())
                .isEqualTo(200);

        assertThat(http.send("HTTP/1.1", "GET", "/api/forums", host, null, "Cookie: " + session,
                "Authorization: " + RawHttp.basic("rok.member", "wrong-password-123")).status()).isEqualTo(401);
        assertThat(http.send("HTTP/1.1", "GET", "/api/forums", host, null, "Cookie: " + session,
                "Authorization: " + RawHttp.basic("us.member", "wrong-password-123")).status()).isEqualTo(401);
        assertThat(http.send("HTTP/1.1", "GET", "/forums", host, null, "Cookie: " + session,
                "Authorization: " + RawHttp.basic("rok.member", "wrong-password-123")).status()).isEqualTo(401);
        assertThat(http.send("HTTP/1.1", "GET", "/api/forums", host, null, "Cookie: " + session,
                "Authorization: Bearer made-up-token").status()).isEqualTo(401);
    }

    @Test
    void judgesARequestByItsRightCredentialsAndLeavesTheSessionAsItWas() throws Exception {
        RawHttp http = new RawHttp(port);
        String session = http.signIn("rok.member", IntegrationTest.PASSWORD);
        String host = "127.0.0.1:" + port;
        // the auditor's credentials count for this request: the journal is the auditor's, not the member's
        assertThat(http.send("HTTP/1.1", "GET", "/api/journal/verification", host, null, "Cookie: " + session,
                "Authorization: " + RawHttp.basic("auditor", IntegrationTest.PASSWORD)).status()).isEqualTo(200);
        assertThat(http.send("HTTP/1.1", "GET", "/api/journal/verification", host, null, "Cookie: " + session).status())
                .isEqualTo(403);
        assertThat(http.send("HTTP/1.1", "GET", "/api/forums", host, null, "Cookie: " + session).status())
                .isEqualTo(200);
    }
}
