package dev.tandem.forum;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.tandem.IntegrationTest;
import dev.tandem.journal.Journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ForumApiIntegrationTests {

    private static final String TERMINATED = "/api/forums/rok-us-working-group";

    @Autowired
    MockMvc mvc;
    @Autowired
    Forums forums;
    @Autowired
    Journal journal;

    private ResultActions postAs(String user, String url, String json) throws Exception {
        return mvc.perform(post(url).with(httpBasic(user, IntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long journalLength() {
        return journal.entries(null, 1, null, null).get(0).seq();
    }

    @ParameterizedTest(name = "{0} reading forums: {1}")
    @CsvSource({"applicant, 403", "rok.member, 200", "us.cochair, 200", "secretariat, 200", "auditor, 200", "admin, 200"})
    void letsOnlyPartyMembersReadForums(String user, int status) throws Exception {
        mvc.perform(get("/api/forums").with(httpBasic(user, IntegrationTest.PASSWORD))).andExpect(status().is(status));
    }

    /** Allowed roles pass the permission check and meet the timeline rule (422); the others are stopped (403). */
    @ParameterizedTest(name = "{0} recording a timeline event: {1}")
    @CsvSource({"applicant, 403", "rok.member, 403", "rok.cochair, 403", "auditor, 403", "secretariat, 422", "admin, 422"})
    void letsOnlyTheSecretariatAndAdministratorsRecordEvents(String user, int status) throws Exception {
        long before = journalLength();
        postAs(user, TERMINATED + "/events", "{\"status\":\"ACTIVE\",\"on\":\"2022-01-01\"}")
                .andExpect(status().is(status));
        assertThat(journalLength()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} establishing a forum: {1}")
    @CsvSource({"secretariat, 403", "us.cochair, 403", "auditor, 403", "admin, 400"})
    void letsOnlyAdministratorsEstablishForums(String user, int status) throws Exception {
        postAs(user, "/api/forums", "{\"code\":\"X\"}").andExpect(status().is(status));
    }

    @Test
    void refusesAnEventAfterTerminationNamingTheField() throws Exception {
        int events = forums.byCode("rok-us-working-group").orElseThrow().timeline().size();
        long before = journalLength();
        postAs("secretariat", TERMINATED + "/events", "{\"status\":\"RESTORED\",\"on\":\"2022-01-01\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString("terminated")));
        assertThat(forums.byCode("rok-us-working-group").orElseThrow().timeline()).hasSize(events);
        assertThat(journalLength()).isEqualTo(before);
    }

    @Test
    void refusesAnAppointmentToATerminatedForumInTheCallersLanguage() throws Exception {
        int chairs = forums.byCode("rok-us-working-group").orElseThrow().coChairs().size();
        long before = journalLength();
        String json = "{\"party\":\"ROK\",\"person\":\"Late Appointee\",\"from\":\"2021-07-01\"}";
        postAs("admin", TERMINATED + "/co-chairs", json)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString("terminated on 2021-06-23")));
        mvc.perform(post(TERMINATED + "/co-chairs").with(httpBasic("admin", IntegrationTest.PASSWORD))
                        .header("Accept-Language", "ko").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString("종료")));
        assertThat(forums.byCode("rok-us-working-group").orElseThrow().coChairs()).hasSize(chairs);
        assertThat(journalLength()).isEqualTo(before);
    }

    @Test
    void answersAnUnknownForumWith404NamingIt() throws Exception {
        mvc.perform(get("/api/forums/no-such-forum").with(httpBasic("rok.member", IntegrationTest.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no-such-forum")));
        postAs("secretariat", "/api/forums/no-such-forum/events", "{\"status\":\"ACTIVE\",\"on\":\"2020-01-01\"}")
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON        | {\"status\":\"ACTIVE\",       | body",
            "wrong date format     | {\"status\":\"ACTIVE\",\"on\":\"14 June\"} | on",
            "unknown status        | {\"status\":\"DISSOLVED\",\"on\":\"2020-01-01\"} | status",
            "missing status        | {\"on\":\"2020-01-01\"} | status",
            "missing date          | {\"status\":\"CUT_OFF\"} | on",
            "future date           | {\"status\":\"CUT_OFF\",\"on\":\"2999-01-01\"} | on",
            "date before the last  | {\"status\":\"CUT_OFF\",\"on\":\"2018-01-01\"} | on"})
    void refusesBadInputNamingTheFieldAndWritesNothing(String description, String json, String field) throws Exception {
        Forum office = forums.byCode("inter-korean-liaison-office").orElseThrow();
        long before = journalLength();
        postAs("secretariat", "/api/forums/inter-korean-liaison-office/events", json)
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value(field));
        Forum after = forums.byCode("inter-korean-liaison-office").orElseThrow();
        assertThat(after.timeline()).isEqualTo(office.timeline());
        assertThat(after.version()).isEqualTo(office.version());
        assertThat(journalLength()).isEqualTo(before);
    }

    @Test
    void refusesAnOversizeRequestBeforeReadingIt() throws Exception {
        String huge = "{\"note\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        long before = journalLength();
        postAs("secretariat", "/api/forums/inter-korean-liaison-office/events", huge)
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        assertThat(journalLength()).isEqualTo(before);
    }

    @Test
    void refusesAnOversizeBodySentWithoutADeclaredLength(@LocalServerPort int port) throws Exception {
        byte[] huge = ("{\"note\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes();
        long before = journalLength();
        String credentials = java.util.Base64.getEncoder()
                .encodeToString(("secretariat:" + IntegrationTest.PASSWORD).getBytes());
        // a body from a stream is sent chunked, with no Content-Length for the server to check up front
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/forums/inter-korean-liaison-office/events"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"field\":\"body\"");
        assertThat(journalLength()).isEqualTo(before);
    }

    @Test
    void requiresASuccessorToHandOver() throws Exception {
        postAs("secretariat", TERMINATED + "/hand-over", "{\"reason\":\"no successor named\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("successor"));
        postAs("secretariat", "/api/forums/rok-us-dg-consultation/hand-over",
                "{\"successor\":\"inter-korean-liaison-office\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString("only a terminated forum")));
    }

    @Test
    void describesItselfInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/forums/{code}/events']").exists())
                .andExpect(jsonPath("$.paths['/api/journal/verification']").exists());
    }
}
