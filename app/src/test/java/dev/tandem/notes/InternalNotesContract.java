package dev.tandem.notes;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.IntegrationTest;
import dev.tandem.journal.Journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** Party-internal notes through every door a user of the other party could try, on each database Tandem supports. */
abstract class InternalNotesContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Journal journal;

    private String caseRef;
    private String rokText;

    @BeforeEach
    void writeARokNote() throws Exception {
        // a submitted case of the demo applicant: its applicant and both parties' staff may see it
        caseRef = jdbc.sql("SELECT ref FROM case_file WHERE applicant = 'applicant' AND status <> 'DRAFT' ORDER BY id")
                .query(String.class).list().get(0);
        rokText = "zqxrok" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        MvcResult written = as("rok.member", post("/api/notes/case/" + caseRef)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"" + rokText + " keep the Tamiflu route\"}"))
                .andReturn();
        assertThat(written.getResponse().getStatus()).isEqualTo(201);
        assertThat(written.getResponse().getContentAsString()).contains("\"party\":\"ROK\"", "\"mine\":true");
    }

    @Test
    void showsANoteToItsOwnPartyOnly() throws Exception {
        assertThat(body("rok.cochair", get("/api/notes/case/" + caseRef))).contains(rokText);
        assertThat(body("rok.cochair", get("/cases/" + caseRef))).contains(rokText);

        assertThat(body("us.member", get("/api/notes/case/" + caseRef))).doesNotContain(rokText);
        assertThat(body("us.cochair", get("/cases/" + caseRef))).doesNotContain(rokText);
        assertThat(body("us.member", get("/api/cases/" + caseRef))).doesNotContain(rokText);
        assertThat(body("us.member", get("/api/cases").param("q", rokText))).doesNotContain(rokText);
        // the search box shows the query typed; the note's text is nowhere in the results
        assertThat(body("us.member", get("/cases").param("q", rokText))).doesNotContain(rokText + " keep");
    }

    @Test
    void countsOnlyTheViewersOwnPartysNotes() throws Exception {
        String usText = "zqxus" + UUID.randomUUID().toString().substring(0, 8);
        as("us.member", post("/api/notes/case/" + caseRef).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"" + usText + "\"}"));
        long rokNotes = jdbc.sql("SELECT COUNT(*) FROM internal_note WHERE party_code = 'ROK' AND subject_id = :ref")
                .param("ref", caseRef).query(Long.class).single();
        long usNotes = jdbc.sql("SELECT COUNT(*) FROM internal_note WHERE party_code = 'US' AND subject_id = :ref")
                .param("ref", caseRef).query(Long.class).single();

        String usPage = body("us.member", get("/cases/" + caseRef));
        assertThat(usPage).contains(usText).doesNotContain(rokText)
                .containsPattern("data-notes-count[^>]*>" + usNotes + "<");
        String rokPage = body("rok.member", get("/cases/" + caseRef));
        assertThat(rokPage).contains(rokText).doesNotContain(usText)
                .containsPattern("data-notes-count[^>]*>" + rokNotes + "<");
        assertThat(body("us.member", get("/api/notes/case/" + caseRef)))
                .doesNotContain("\"party\":\"ROK\"").contains("\"party\":\"US\"");
    }

    @Test
    void refusesAnApplicantEvenOnItsOwnCase() throws Exception {
        assertThat(as("applicant", get("/api/notes/case/" + caseRef)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(as("applicant", post("/api/notes/case/" + caseRef).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"mine\"}")).andReturn().getResponse().getStatus()).isEqualTo(403);
        String page = body("applicant", get("/cases/" + caseRef));
        assertThat(page).doesNotContain(rokText).doesNotContain("id=\"notes\"");
    }

    @Test
    void letsOnlyTheAuthorEditAndHidesANoteOfTheOtherParty() throws Exception {
        long id = jdbc.sql("SELECT id FROM internal_note WHERE note_text LIKE :t").param("t", rokText + "%")
                .query(Long.class).single();
        assertThat(as("us.member", put("/api/notes/case/" + caseRef + "/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"overwritten\"}")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(as("rok.cochair", put("/api/notes/case/" + caseRef + "/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"overwritten\"}")).andReturn().getResponse().getStatus()).isEqualTo(422);
        MvcResult edited = as("rok.member", put("/api/notes/case/" + caseRef + "/" + id)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"" + rokText + " edited\",\"version\":0}"))
                .andReturn();
        assertThat(edited.getResponse().getStatus()).isEqualTo(200);
        assertThat(edited.getResponse().getContentAsString()).contains(rokText + " edited", "\"version\":1");
    }

    @Test
    void journalsANoteWithoutItsText() throws Exception {
        long id = jdbc.sql("SELECT id FROM internal_note WHERE note_text LIKE :t").param("t", rokText + "%")
                .query(Long.class).single();
        assertThat(journal.entries(null, 5, "internal-note", Long.toString(id))).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("notes.note-written");
            assertThat(e.toString()).contains(caseRef).doesNotContain(rokText);
        });
    }

    @Test
    void refusesAnEmptyNoteAndAnUnknownKindNamingTheField() throws Exception {
        assertThat(body("rok.member", post("/api/notes/case/" + caseRef).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"  \"}"))).contains("\"field\":\"text\"");
        assertThat(body("rok.member", post("/api/notes/minutes/1").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"x\"}"))).contains("\"field\":\"kind\"");
        assertThat(as("rok.member", get("/api/notes/case/NO-SUCH-CASE")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void writesANoteFromTheCasePageForm() throws Exception {
        String text = "zqxform" + UUID.randomUUID().toString().substring(0, 8);
        MvcResult result = as("rok.member", post("/notes/case/" + caseRef).param("text", text).with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + caseRef + "#notes");
        assertThat(body("rok.member", get("/cases/" + caseRef))).contains(text);
        assertThat(body("us.member", get("/cases/" + caseRef))).doesNotContain(text);
    }

    private org.springframework.test.web.servlet.ResultActions as(String user, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(httpBasic(user, IntegrationTest.PASSWORD)));
    }

    private String body(String user, MockHttpServletRequestBuilder request) throws Exception {
        return as(user, request).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
