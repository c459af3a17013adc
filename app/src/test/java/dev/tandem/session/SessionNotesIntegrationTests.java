package dev.tandem.session;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.IntegrationTest;
import dev.tandem.forum.ForumManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A party's internal notes on an agenda item and on a draft joint statement, through every door of the other party. */
@IntegrationTest
class SessionNotesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ForumManagement forums;

    private String forum;
    private long session;
    private long item;
    private long statement;
    private String rokText;

    @BeforeEach
    void writeRokNotesOnAnAgendaItemAndAStatement() throws Exception {
        forum = TestForum.create(forums);
        session = ((Number) read(json("secretariat", post("/api/forums/" + forum + "/sessions"), """
                {"title":"Notes session","date":"2031-05-06","time":"10:00","zone":"Asia/Seoul","durationMinutes":90,
                 "venue":"MOFA, Seoul"}"""), "$.id")).longValue();
        item = ((Number) read(json("secretariat", post("/api/sessions/" + session + "/agenda/topics"),
                "{\"track\":\"INTER_KOREAN_COOPERATION\",\"title\":\"Rail survey\",\"minutes\":20}"),
                "$.agenda[0].id")).longValue();
        statement = ((Number) read(json("rok.member", post("/api/forums/" + forum + "/statements"),
                "{\"title\":\"Draft on rail\",\"textEn\":\"Draft.\",\"textKo\":\"초안.\"}"), "$.id")).longValue();
        rokText = "zqxrok" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        for (String subject : new String[] {"agenda-item/" + item, "agenda-item/" + item, "statement/" + statement}) {
            assertThat(status(json("rok.member", post("/api/notes/" + subject), "{\"text\":\"" + rokText + " hold firm\"}")))
                    .isEqualTo(201);
        }
        assertThat(status(json("us.member", post("/api/notes/agenda-item/" + item), "{\"text\":\"zqxus own note\"}")))
                .isEqualTo(201);
    }

    @Test
    void showsTheNotesOnTheSessionAndStatementPagesToTheirOwnPartyOnly() throws Exception {
        assertThat(body("rok.cochair", get("/sessions/" + session))).contains(rokText)
                .contains("id=\"notes-agenda-item-" + item + "\"").containsPattern("data-notes-count[^>]*>2<");
        assertThat(body("rok.cochair", get("/statements/" + statement))).contains(rokText);

        assertThat(body("us.cochair", get("/sessions/" + session))).doesNotContain(rokText).contains("zqxus own note")
                .containsPattern("data-notes-count[^>]*>1<").doesNotContainPattern("data-notes-count[^>]*>2<");
        assertThat(body("us.member", get("/statements/" + statement))).doesNotContain(rokText)
                .containsPattern("data-notes-count[^>]*>0<");
    }

    @Test
    void neverPutsTheOtherPartysNotesInTheApiOrTheCalendar() throws Exception {
        for (String path : new String[] {"/api/notes/agenda-item/" + item, "/api/notes/statement/" + statement,
                "/api/sessions/" + session, "/api/forums/" + forum + "/sessions", "/api/forums/" + forum + "/agenda-queue",
                "/api/statements/" + statement, "/api/forums/" + forum + "/statements", "/api/forums/" + forum + "/tracks",
                "/sessions/" + session + ".ics", "/forums/" + forum + "/sessions.ics", "/forums/" + forum + "/sessions"}) {
            MvcResult result = as("us.member", get(path)).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString()).as(path).doesNotContain(rokText);
        }
        assertThat(body("us.member", get("/api/notes/agenda-item/" + item)))
                .doesNotContain("\"party\":\"ROK\"").contains("\"party\":\"US\"");
        assertThat(JsonPath.<java.util.List<Object>>read(body("rok.member", get("/api/notes/agenda-item/" + item)), "$"))
                .hasSize(2);
    }

    @Test
    void refusesAnApplicantTheNotesOfAnAgendaItemAndAStatement() throws Exception {
        for (String subject : new String[] {"agenda-item/" + item, "statement/" + statement}) {
            assertThat(status(as("applicant", get("/api/notes/" + subject)))).as(subject).isEqualTo(403);
            assertThat(status(json("applicant", post("/api/notes/" + subject), "{\"text\":\"mine\"}"))).as(subject)
                    .isEqualTo(403);
        }
    }

    @Test
    void writesAnAgendaItemNoteFromTheSessionPageAndReturnsToItsPlace() throws Exception {
        String text = "zqxform" + UUID.randomUUID().toString().substring(0, 8);
        MvcResult result = as("rok.member", post("/notes/agenda-item/" + item).param("text", text).with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("/sessions/" + session + "#notes-agenda-item-" + item);
        assertThat(body("rok.member", get("/sessions/" + session))).contains(text);
        assertThat(body("us.member", get("/sessions/" + session))).doesNotContain(text);
    }

    private org.springframework.test.web.servlet.ResultActions as(String user, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(httpBasic(user, IntegrationTest.PASSWORD)));
    }

    private org.springframework.test.web.servlet.ResultActions json(String user, MockHttpServletRequestBuilder request,
                                                                     String body) throws Exception {
        return as(user, request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static int status(org.springframework.test.web.servlet.ResultActions result) {
        return result.andReturn().getResponse().getStatus();
    }

    private String body(String user, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = as(user, request).andReturn();
        assertThat(result.getResponse().getStatus()).as(request.toString()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private static Object read(org.springframework.test.web.servlet.ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }
}
