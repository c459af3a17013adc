package dev.tandem.screening;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.tandem.IntegrationTest;
import dev.tandem.common.SystemActor;
import dev.tandem.journal.Journal;
import dev.tandem.screening.core.list.EntryType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ScreeningApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ScreeningManagement screening;
    @Autowired
    ListVersions lists;
    @Autowired
    Journal journal;

    private ResultActions screen(String user, String json) throws Exception {
        return mvc.perform(post("/api/screenings").with(httpBasic(user, IntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "리용무                | North Korean Hangul",
            "이용무                | South Korean Hangul (initial-sound rule)",
            "Lee Yong-mu          | customary surname, hyphenated given name",
            "Yong Mu Ri           | Western order",
            "RI, Yongmu           | family name first with comma, joined given name"})
    void findsAListedKoreanNameHoweverItIsWritten(String name, String kind) throws Exception {
        screen("rok.member", "{\"names\":[{\"name\":\"" + name + "\",\"type\":\"PERSON\"}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].hits[0].reference").value("KPi.053"))
                .andExpect(jsonPath("$.results[0].hits[0].listedName").value("RI YONG MU"))
                .andExpect(jsonPath("$.results[0].hits[0].explanation.pairs").isArray())
                .andExpect(jsonPath("$.results[0].hits[0].summary").value(containsString("→")));
    }

    @Test
    void keepsTheOrderOfGivenNameSyllables() throws Exception {
        screen("rok.member", "{\"names\":[{\"name\":\"Ri Mu Yong\",\"type\":\"PERSON\"}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].hits[*].reference", not(hasItem("KPi.053"))));
    }

    @Test
    void appliesAThresholdGivenWithTheRequest() throws Exception {
        // one letter off: a hit at the default threshold, none when the caller asks for near-certainty
        screen("auditor", "{\"names\":[{\"name\":\"Ri Yomg Mu\"}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].hits[*].reference", hasItem("KPi.053")));
        screen("auditor", "{\"names\":[{\"name\":\"Ri Yomg Mu\"}],\"threshold\":0.999}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.threshold").value(0.999))
                .andExpect(jsonPath("$.results[0].hits[*].reference", not(hasItem("KPi.053"))));
    }

    @Test
    void letsApplicantsNotScreen() throws Exception {
        screen("applicant", "{\"names\":[{\"name\":\"Ri Yong Mu\"}]}").andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no names            | {\"names\":[]}                                          | names",
            "blank name          | {\"names\":[{\"name\":\" \"}]}                         | names[0].name",
            "threshold too high  | {\"names\":[{\"name\":\"x\"}],\"threshold\":1.5}      | threshold",
            "unknown type        | {\"names\":[{\"name\":\"x\",\"type\":\"SHIP\"}]}     | names[0].type",
            "unknown list        | {\"names\":[{\"name\":\"x\"}],\"lists\":[\"EU\"]}    | lists[0]",
            "malformed JSON      | {\"names\":[                                           | body"})
    void refusesBadRequestsNamingTheField(String description, String json, String field) throws Exception {
        screen("rok.member", json).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @Test
    void refusesMoreNamesThanOneRequestMayCarry() throws Exception {
        String names = String.join(",", Collections.nCopies(ScreeningManagement.MAX_NAMES + 1, "{\"name\":\"a\"}"));
        screen("rok.member", "{\"names\":[" + names + "]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("names"));
    }

    @Test
    void refusesAHostileListFileAndStoresNothing() throws Exception {
        int before = lists.all().size();
        byte[] xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL>
                <REFERENCE_NUMBER>KPi.999</REFERENCE_NUMBER><FIRST_NAME>&x;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS>
                </CONSOLIDATED_LIST>""".getBytes();
        mvc.perform(multipart("/api/lists").file(new MockMultipartFile("file", "evil.xml", "text/xml", xxe))
                        .param("source", "un").with(httpBasic("admin", IntegrationTest.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail").value(not(containsString("root:"))))
                // named as sent, never by the temporary file the server wrote it to
                .andExpect(jsonPath("$.detail").value(containsString("evil.xml")))
                .andExpect(jsonPath("$.detail").value(not(containsString(System.getProperty("java.io.tmpdir")))));
        assertThat(lists.all()).hasSize(before);
    }

    @Test
    void letsOnlyAdministratorsImportLists() throws Exception {
        mvc.perform(multipart("/api/lists").file(new MockMultipartFile("file", "x.xml", "text/xml", "<x/>".getBytes()))
                        .param("source", "un").with(httpBasic("secretariat", IntegrationTest.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/lists").file(new MockMultipartFile("file", "x.xml", "text/xml", "<x/>".getBytes()))
                        .param("source", "eu").with(httpBasic("admin", IntegrationTest.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("source"));
    }

    @Test
    void remembersAFalsePositiveForTheSameNameAndEntry() throws Exception {
        var hits = SystemActor.call(() -> screening.watch("test:fp-1", NameToScreen.of("Ri Yong Mu", EntryType.PERSON)));
        HitView hit = hits.stream().filter(h -> h.reference().equals("KPi.053")).findFirst().orElseThrow();
        assertThat(hit.status()).isEqualTo(HitStatus.OPEN);
        assertThat(screening.hasUnresolvedHits("test:fp-1")).isTrue();

        mvc.perform(post("/api/screening/hits/" + hit.id() + "/decision").with(httpBasic("auditor", IntegrationTest.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/screening/hits/" + hit.id() + "/decision").with(httpBasic("rok.cochair", IntegrationTest.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"FALSE_POSITIVE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/screening/hits/" + hit.id() + "/decision").with(httpBasic("rok.cochair", IntegrationTest.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"Our Ri Yong Mu was born in 1990 in Busan\",\"version\":"
                                + hit.version() + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.awaitingConfirmation").value(true));
        mvc.perform(post("/api/screening/hits/" + hit.id() + "/confirmation").with(httpBasic("us.cochair", IntegrationTest.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmed\":true,\"reason\":\"birth record checked\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FALSE_POSITIVE"))
                .andExpect(jsonPath("$.decidedBy").value("us.cochair"));
        mvc.perform(post("/api/screening/hits/" + hit.id() + "/decision").with(httpBasic("rok.cochair", IntegrationTest.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"TRUE_MATCH\",\"reason\":\"changed my mind\"}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(screening.hasUnresolvedHits("test:fp-1")).isFalse();

        // the same name elsewhere (another case's counterparty) is not raised again against the same entry
        var elsewhere = SystemActor.call(() -> screening.watch("test:fp-2", NameToScreen.of("RI  yong-mu", EntryType.PERSON)));
        assertThat(elsewhere).extracting(HitView::reference).doesNotContain("KPi.053");
        assertThat(journal.entries(null, 20, "screening-hit", String.valueOf(hit.id())))
                .extracting(e -> e.action()).contains("screening.hit-raised", "screening.hit-false-positive-confirmed");
    }
}
