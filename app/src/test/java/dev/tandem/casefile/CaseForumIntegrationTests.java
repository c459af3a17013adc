package dev.tandem.casefile;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import dev.tandem.IntegrationTest;
import dev.tandem.common.SystemActor;
import dev.tandem.forum.CaseRouting;
import dev.tandem.forum.ForumKind;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.ForumStatus;
import dev.tandem.forum.NewForum;
import dev.tandem.journal.Journal;
import dev.tandem.journal.JournalEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A case names its forum: chosen among the open forums that review cases, and movable by the secretariat. */
@IntegrationTest
class CaseForumIntegrationTests {

    private static final String CASE = """
            {"forum":"%s","title":"Oral rehydration salts","purpose":"For a children's hospital","category":"HUMANITARIAN",
             "items":[{"description":"Oral rehydration salts","quantity":4000,"unit":"sachet","hsCode":"3004.90","direction":"TO"}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    ForumManagement forums;
    @Autowired
    Journal journal;

    private ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, IntegrationTest.PASSWORD)));
    }

    private ResultActions fileWith(String forum) throws Exception {
        return as("applicant", post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(CASE.formatted(forum)));
    }

    private String filedRef(String forum) throws Exception {
        String body = fileWith(forum).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(body, "$.ref");
    }

    @Test
    void filesACaseWithTheChosenForum() throws Exception {
        String forum = TestForums.selective(forums);
        String ref = filedRef(forum);
        as("applicant", get("/api/cases/" + ref)).andExpect(jsonPath("$.forum").value(forum));
    }

    @Test
    void refusesATerminatedForumSayingSo() throws Exception {
        String forum = TestForums.selective(forums);
        SystemActor.run(() -> forums.recordEvent(forum, ForumStatus.TERMINATED, LocalDate.now(), "ended"));
        fileWith(forum).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("forum"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("Terminated")));
        as("applicant", post("/api/cases").header("Accept-Language", "ko").contentType(MediaType.APPLICATION_JSON)
                        .content(CASE.formatted(forum)))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("사건을 받지 않습니다")));
    }

    @Test
    void refusesAForumThatReviewsNoCases() throws Exception {
        String forum = "no-charter-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> forums.establish(new NewForum(forum, "Liaison " + forum, "연락 " + forum,
                ForumKind.LIAISON_OFFICE, List.of("ROK", "US"), LocalDate.of(2018, 9, 14), null)));
        fileWith(forum).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("forum"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("does not review cases")));
        fileWith("no-such-forum").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("forum"));
    }

    @Test
    void asksForAChoiceWhenSeveralForumsTakeCases() throws Exception {
        TestForums.selective(forums);
        TestForums.selective(forums);
        as("applicant", post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(CASE.replace("\"forum\":\"%s\",", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("forum"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("choose one")));
    }

    @Test
    void letsTheSecretariatMoveASubmittedCaseToAnotherForumBeforeReviewOnTheRecord() throws Exception {
        String from = TestForums.selective(forums);
        String to = TestForums.takingCases(forums, CaseRouting.JOINT_REVIEW_OF_ALL_CASES, LocalDate.of(2018, 1, 1),
                "Joint test rules");
        String ref = filedRef(from);
        as("applicant", post("/api/cases/" + ref + "/submission")).andExpect(status().isOk())
                .andExpect(jsonPath("$.clearances[0].authority").value("PARTNER_NOTICE"));
        String move = "{\"forum\":\"%s\",\"reason\":\"%s\",\"version\":%d}";
        as("applicant", post("/api/cases/" + ref + "/forum").contentType(MediaType.APPLICATION_JSON)
                .content(move.formatted(to, "mine", 2))).andExpect(status().isForbidden());
        as("secretariat", post("/api/cases/" + ref + "/forum").contentType(MediaType.APPLICATION_JSON)
                        .content(move.formatted(to, "the joint forum handles medicine for children", 2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.forum").value(to))
                .andExpect(jsonPath("$.charter.forum").value(to))
                .andExpect(jsonPath("$.clearances[0].authority").value("FORUM_REVIEW"));
        JournalEntry entry = journal.entries(null, 5, "case", ref).get(0);
        assertThat(entry.action()).isEqualTo("casefile.forum-changed");
        assertThat(entry.reason()).contains("medicine for children").contains(from).contains(to);

        as("secretariat", post("/api/cases/" + ref + "/review")).andExpect(status().isOk());
        as("secretariat", post("/api/cases/" + ref + "/forum").contentType(MediaType.APPLICATION_JSON)
                        .content(move.formatted(from, "back", 4)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("before its review starts")));
    }
}
