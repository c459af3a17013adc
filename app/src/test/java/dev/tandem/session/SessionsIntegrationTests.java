package dev.tandem.session;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.tandem.IntegrationTest;
import dev.tandem.common.SystemActor;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.ForumOpenWork;
import dev.tandem.forum.ForumStatus;
import dev.tandem.journal.Journal;
import dev.tandem.journal.JournalEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SessionsIntegrationTests {

    private static final String WG = "rok-us-working-group";
    private static final String DG = "rok-us-dg-consultation";

    @Autowired
    MockMvc mvc;
    @Autowired
    ForumManagement forums;
    @Autowired
    Journal journal;
    @Autowired
    List<ForumOpenWork> openWork;

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, IntegrationTest.PASSWORD)));
    }

    private ResultActions json(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
        return as(user, request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }

    private long schedule(String forum, String date) throws Exception {
        Number id = read(json("secretariat", post("/api/forums/" + forum + "/sessions"), """
                {"title":"Test session","date":"%s","time":"10:00","zone":"Asia/Seoul","durationMinutes":90,
                 "venue":"MOFA, Seoul"}""".formatted(date)).andExpect(status().isCreated()), "$.id");
        return id.longValue();
    }

    @Test
    void holdsTheWorkingGroupsSessionsFromTheDemo() throws Exception {
        as("rok.member", get("/api/forums/" + WG + "/sessions")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Inaugural meeting of the ROK–US working group"))
                .andExpect(jsonPath("$[0].startsAt").value("2018-11-20T10:00"))
                .andExpect(jsonPath("$[0].zone").value("America/New_York"))
                .andExpect(jsonPath("$[0].startsAtUtc").value("2018-11-20T15:00:00Z"))
                .andExpect(jsonPath("$[0].status").value("HELD"))
                .andExpect(jsonPath("$[2].startsAt").value("2018-12-21T10:00"))
                .andExpect(jsonPath("$[2].agenda[?(@.title =~ /.*Panmun.*/)]").exists())
                .andExpect(jsonPath("$[2].agenda[?(@.caseRef != null)].title", org.hamcrest.Matchers.hasItem(
                        containsString("Tamiflu"))))
                .andExpect(jsonPath("$[4].startsAt").value("2019-03-14T10:00"))
                .andExpect(jsonPath("$[4].agenda[0].title").value("Video reunions of separated families"))
                .andExpect(jsonPath("$[4].agenda[0].discussed").value(true))
                // planned for July 2021, cancelled by the hand-over of 23 June 2021
                .andExpect(jsonPath("$[5].status").value("CANCELLED"));
        as("us.member", get("/api/forums/" + DG + "/agenda-queue")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.carriedFromForum == '" + WG + "')].title",
                        org.hamcrest.Matchers.hasItem(containsString("assistance package"))));
        List<Object> published = read(as("us.member", get("/api/forums/" + WG + "/statements")),
                "$[?(@.publishedVersion == 2)].publishedSha256");
        assertThat(published).hasSize(1);
        List<JournalEntry> entries = SystemActor.call(() -> journal.entries(null, 500, "statement", null));
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("statement.published");
            assertThat(e.after()).contains((String) published.get(0));
        });
    }

    @Test
    void showsThePagesInEnglishAndKorean() throws Exception {
        long first = ((Number) read(as("rok.member", get("/api/forums/" + WG + "/sessions")), "$[0].id")).longValue();
        long statement = ((Number) read(as("rok.member", get("/api/forums/" + WG + "/statements")), "$[0].id")).longValue();
        for (String lang : List.of("en", "ko")) {
            as("rok.member", get("/forums/" + WG + "/sessions").param("lang", lang)).andExpect(status().isOk());
            as("rok.member", get("/sessions/" + first).param("lang", lang)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Lee Do-hoon")));
            as("secretariat", get("/sessions/" + first).param("from", "1").param("to", "2").param("lang", lang))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("diff-new")));
            as("us.cochair", get("/statements/" + statement).param("lang", lang)).andExpect(status().isOk());
            as("auditor", get("/forums/" + WG + "/tracks").param("lang", lang)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("2018-Q4")));
        }
        as("rok.member", get("/forums/" + WG + "/tracks").param("lang", "ko"))
                .andExpect(content().string(containsString("비핵화")));
    }

    @Test
    void refusesABadScheduleNamingTheField() throws Exception {
        String forum = TestForum.create(forums);
        json("secretariat", post("/api/forums/" + forum + "/sessions"), """
                {"title":"x","date":"2030-01-01","time":"10:00","zone":"Mars/Olympus","durationMinutes":60,"venue":"v"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("zone"));
        json("secretariat", post("/api/forums/" + forum + "/sessions").header("Accept-Language", "ko"), """
                {"title":"x","date":"2030-01-01","time":"10:00","zone":"Asia/Seoul","durationMinutes":60,
                 "videoLink":"http://video.example.org/room"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("videoLink"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("https")));
        json("secretariat", post("/api/forums/" + forum + "/sessions"), """
                {"title":"x","date":"2030-01-01","time":"10:00","zone":"Asia/Seoul","durationMinutes":60}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("venue"));
        json("secretariat", post("/api/forums/" + WG + "/sessions"), """
                {"title":"x","date":"2030-01-01","time":"10:00","zone":"Asia/Seoul","durationMinutes":60,"venue":"v"}""")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("forum"));
        json("rok.cochair", post("/api/forums/" + forum + "/sessions"), """
                {"title":"x","date":"2030-01-01","time":"10:00","zone":"Asia/Seoul","durationMinutes":60,"venue":"v"}""")
                .andExpect(status().isForbidden());
    }

    @Test
    void putsACaseOnTheAgendaAndRecordsItsOutcomeOnceHeld() throws Exception {
        String forum = TestForum.create(forums);
        String ref = read(json("applicant", post("/api/cases"), """
                {"forum":"%s","title":"Tamiflu for the season","purpose":"Antivirals for provincial hospitals",
                 "category":"HUMANITARIAN","route":"Paju – Kaesong by road","jointVenture":false,
                 "items":[{"description":"Tamiflu","quantity":1000,"unit":"doses","hsCode":"3004.90","direction":"TO"}],
                 "counterparties":[{"role":"CONSIGNEE","name":"Ministry of Public Health","kind":"ORGANISATION","country":"North Korea"}]}"""
                .formatted(forum)).andExpect(status().isCreated()), "$.ref");
        as("applicant", post("/api/cases/" + ref + "/submission")).andExpect(status().isOk());
        List<String> authorities = read(as("secretariat", get("/api/cases/" + ref)), "$.clearances[*].authority");
        int position = authorities.indexOf("FORUM_REVIEW") + 1;
        assertThat(position).isPositive();
        long session = schedule(forum, "2020-02-03");
        // the review lives in the decision module's queue: the case is taken up from there, not by reference
        json("secretariat", post("/api/sessions/" + session + "/agenda/cases"),
                "{\"caseRef\":\"" + ref + "\",\"clearance\":" + position + ",\"minutes\":20}")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("caseRef"));
        List<Number> queued = read(as("secretariat", get("/api/reviews").param("forum", forum)),
                "$[?(@.caseRef == '" + ref + "' && @.authority == 'FORUM_REVIEW')].id");
        long review = queued.get(0).longValue();
        as("secretariat", post("/api/sessions/" + session + "/agenda/reviews/" + review))
                .andExpect(status().isOk()).andExpect(jsonPath("$.agenda[0].track").value("HUMANITARIAN"))
                .andExpect(jsonPath("$.agenda[0].caseRef").value(ref))
                .andExpect(jsonPath("$.agenda[0].reviewId").value((int) review));
        as("secretariat", get("/api/reviews/" + review)).andExpect(jsonPath("$.item.sessionId").value((int) session));
        json("secretariat", post("/api/sessions/" + session + "/agenda/topics"),
                "{\"track\":\"DENUCLEARIZATION\",\"title\":\"Next steps\",\"minutes\":30}").andExpect(status().isOk());
        long item = ((Number) read(as("secretariat", get("/api/sessions/" + session)), "$.agenda[0].id")).longValue();
        json("secretariat", post("/api/sessions/" + session + "/agenda/" + item + "/outcome"), "{\"outcome\":\"Approved\"}")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
        json("rok.cochair", post("/api/reviews/" + review + "/positions"), "{\"kind\":\"CONCUR\"}").andExpect(status().isOk());
        json("us.cochair", post("/api/reviews/" + review + "/positions"), "{\"kind\":\"CONCUR\"}").andExpect(status().isOk());
        json("secretariat", post("/api/sessions/" + session + "/attendance"),
                "{\"party\":\"ROK\",\"person\":\"Rim Kap-soo\",\"role\":\"Co-chair\"}").andExpect(status().isOk());
        json("secretariat", post("/api/sessions/" + session + "/attendance"),
                "{\"party\":\"US\",\"person\":\"Jung Pak\",\"role\":\"Co-chair\"}").andExpect(status().isOk());
        json("secretariat", post("/api/sessions/" + session + "/held"), "{}").andExpect(status().isOk());
        json("secretariat", post("/api/sessions/" + session + "/agenda/" + item + "/outcome"), "{\"outcome\":\"Agreed\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.agenda[0].discussed").value(true))
                .andExpect(jsonPath("$.agenda[0].outcome").value("APPROVED: Agreed"));
        as("secretariat", get("/api/reviews/" + review)).andExpect(jsonPath("$.item.outcome").value("APPROVED"));
        json("secretariat", post("/api/sessions/" + session + "/attendance"),
                "{\"party\":\"DPRK\",\"person\":\"x\",\"role\":\"y\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("party"));
        as("rok.member", get("/api/forums/" + forum + "/tracks")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.quarter == '2020-Q1')].tracks.DENUCLEARIZATION.sessions").value(1));
    }

    @Test
    void keepsEveryRevisionOfTheMinutesSanitisedAndComparesThem() throws Exception {
        String forum = TestForum.create(forums);
        long session = schedule(forum, "2020-02-04");
        json("secretariat", post("/api/sessions/" + session + "/minutes"),
                "{\"html\":\"<p>First</p><script>alert(1)</script><a href=\\\"javascript:alert(1)\\\">x</a>\",\"baseRevision\":0}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.html").value(not(containsString("script"))))
                .andExpect(jsonPath("$.savedBy").value("secretariat"));
        json("secretariat", post("/api/sessions/" + session + "/minutes"),
                "{\"html\":\"<p>First</p><p>Second</p>\",\"baseRevision\":1}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.revision").value(2));
        json("secretariat", post("/api/sessions/" + session + "/minutes"),
                "{\"html\":\"<p>A stale edit</p>\",\"baseRevision\":1}").andExpect(status().isConflict());
        json("secretariat", post("/api/sessions/" + session + "/minutes"),
                "{\"html\":\"<script>only</script>\",\"baseRevision\":2}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("html"));
        as("us.member", get("/api/sessions/" + session + "/minutes")).andExpect(jsonPath("$", hasSize(2)));
        as("us.member", get("/api/sessions/" + session + "/minutes/diff").param("from", "1").param("to", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].newLine", org.hamcrest.Matchers.hasItem(containsString("Second"))));
        as("us.member", get("/api/sessions/" + session + "/minutes/diff").param("from", "1").param("to", "9"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].field").value("to"));
        as("secretariat", get("/api/journal").param("subjectType", "session").param("subjectId", String.valueOf(session)));
        assertThat(SystemActor.call(() -> journal.entries(null, 50, "session", String.valueOf(session))))
                .extracting(JournalEntry::action).contains("session.minutes-saved", "session.scheduled");
    }

    @Test
    void showsADraftReadoutOnlyToItsOwnPartyAndPublishesIt() throws Exception {
        String forum = TestForum.create(forums);
        long session = schedule(forum, "2020-02-05");
        json("rok.member", put("/api/sessions/" + session + "/readout"), "{\"html\":\"<p>Ours</p>\"}")
                .andExpect(status().isUnprocessableEntity());
        json("secretariat", post("/api/sessions/" + session + "/held"), "{}").andExpect(status().isOk());
        json("rok.member", put("/api/sessions/" + session + "/readout"), "{\"html\":\"<p>The ROK view</p>\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.party").value("ROK"));
        as("us.cochair", get("/api/sessions/" + session + "/readouts")).andExpect(jsonPath("$", hasSize(0)));
        as("us.cochair", get("/sessions/" + session)).andExpect(content().string(not(containsString("The ROK view"))));
        as("rok.cochair", get("/api/sessions/" + session + "/readouts")).andExpect(jsonPath("$", hasSize(1)));
        as("rok.cochair", post("/api/sessions/" + session + "/readout/publication")).andExpect(status().isOk());
        as("us.cochair", get("/api/sessions/" + session + "/readouts"))
                .andExpect(jsonPath("$[0].html").value("<p>The ROK view</p>"));
        json("rok.member", put("/api/sessions/" + session + "/readout"), "{\"html\":\"<p>Changed</p>\"}")
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void exportsSessionsAsICalendarToSignedInUsers() throws Exception {
        String forum = TestForum.create(forums);
        long session = schedule(forum, "2030-05-06");
        String uid = read(as("rok.member", get("/api/sessions/" + session)), "$.icalUid");
        as("rok.member", get("/sessions/" + session + ".ics")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/calendar")))
                .andExpect(content().string(containsString("UID:" + uid)))
                .andExpect(content().string(containsString("DTSTART;TZID=Asia/Seoul:20300506T100000")));
        as("us.member", get("/forums/" + forum + "/sessions.ics")).andExpect(status().isOk())
                .andExpect(content().string(containsString("UID:" + uid)));
        mvc.perform(get("/forums/" + forum + "/sessions.ics")).andExpect(status().is3xxRedirection());
        as("applicant", get("/forums/" + forum + "/sessions.ics")).andExpect(status().isForbidden());
    }

    @Test
    void refusesToPublishAStatementWhileThePartiesSignedDifferentVersions() throws Exception {
        String forum = TestForum.create(forums);
        long id = ((Number) read(json("rok.member", post("/api/forums/" + forum + "/statements"),
                "{\"title\":\"On reunions\",\"textEn\":\"One.\",\"textKo\":\"하나.\"}")
                .andExpect(status().isCreated()), "$.id")).longValue();
        json("us.member", post("/api/statements/" + id + "/versions"), "{\"textEn\":\"One and two.\",\"textKo\":\"\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("textKo"));
        json("us.member", post("/api/statements/" + id + "/versions"), "{\"textEn\":\"One and two.\",\"textKo\":\"하나와 둘.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.versions", hasSize(2)));
        json("rok.cochair", post("/api/statements/" + id + "/signatures"), "{\"number\":1}").andExpect(status().isOk());
        json("us.cochair", post("/api/statements/" + id + "/signatures"), "{\"number\":2}").andExpect(status().isOk());
        json("rok.member", post("/api/statements/" + id + "/signatures"), "{\"number\":2}").andExpect(status().isForbidden());
        as("us.cochair", post("/api/statements/" + id + "/publication").header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("signatures"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("ROK → 1, US → 2")));
        as("us.cochair", get("/api/statements/" + id + "/comparison").param("from", "1").param("to", "2"))
                .andExpect(jsonPath("$.english[0].newLine").value(containsString("diff-new")))
                .andExpect(jsonPath("$.korean[0].newLine").value(containsString("diff-new")));
        json("rok.cochair", post("/api/statements/" + id + "/signatures"), "{\"number\":2}").andExpect(status().isOk());
        String sha = read(as("secretariat", post("/api/statements/" + id + "/publication")).andExpect(status().isOk()),
                "$.publishedSha256");
        assertThat(sha).isEqualTo(JointStatementTests.Sha.hex("en:\nOne and two.\n\nko:\n하나와 둘."));
        json("us.member", post("/api/statements/" + id + "/versions"), "{\"textEn\":\"Three.\",\"textKo\":\"셋.\"}")
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void handsTheOpenWorkOfATerminatedForumToItsSuccessorAndSaysWhatIsOpen() throws Exception {
        String forum = TestForum.create(forums);
        String successor = TestForum.create(forums);
        long held = schedule(forum, "2020-03-02");
        json("secretariat", post("/api/sessions/" + held + "/agenda/topics"),
                "{\"track\":\"SANCTIONS_IMPLEMENTATION\",\"title\":\"Left over\",\"minutes\":10}").andExpect(status().isOk());
        json("secretariat", post("/api/sessions/" + held + "/held"), "{}").andExpect(status().isOk());
        long future = schedule(forum, "2031-01-06");
        json("secretariat", post("/api/sessions/" + future + "/agenda/topics"),
                "{\"track\":\"DENUCLEARIZATION\",\"title\":\"Still to discuss\",\"minutes\":30}").andExpect(status().isOk());
        long statement = ((Number) read(json("rok.member", post("/api/forums/" + forum + "/statements"),
                "{\"title\":\"Draft to carry\",\"textEn\":\"Draft.\",\"textKo\":\"초안.\"}"), "$.id")).longValue();
        List<String> open = openWork.stream().flatMap(w -> w.openWork(forum).stream()).toList();
        assertThat(open).anyMatch(s -> s.contains("Still to discuss")).anyMatch(s -> s.contains("Left over"))
                .anyMatch(s -> s.contains("Draft to carry")).anyMatch(s -> s.startsWith("session " + future));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SystemActor.run(() ->
                forums.recordEvent(forum, ForumStatus.TERMINATED, LocalDate.of(2021, 6, 23), null)))
                .hasMessageContaining("Still to discuss");
        SystemActor.run(() -> forums.terminate(forum, LocalDate.of(2021, 6, 23), null, successor, "test hand-over"));

        as("rok.member", get("/api/sessions/" + future)).andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.agenda", hasSize(0)));
        as("rok.member", get("/api/sessions/" + held)).andExpect(jsonPath("$.status").value("HELD"));
        as("rok.member", get("/api/forums/" + successor + "/agenda-queue"))
                .andExpect(jsonPath("$[*].title", org.hamcrest.Matchers.containsInAnyOrder("Left over", "Still to discuss")))
                .andExpect(jsonPath("$[?(@.title == 'Still to discuss')].carriedFromSession").value((int) future))
                .andExpect(jsonPath("$[0].carriedFromForum").value(forum));
        as("rok.member", get("/api/statements/" + statement)).andExpect(jsonPath("$.forum").value(successor))
                .andExpect(jsonPath("$.carriedFromForum").value(forum)).andExpect(jsonPath("$.versions", hasSize(1)));
        assertThat(openWork.stream().flatMap(w -> w.openWork(forum).stream()).toList()).isEmpty();
        as("rok.member", get("/forums/" + forum + "/sessions")).andExpect(content().string(containsString("Draft to carry")));
        as("rok.member", get("/forums/" + successor + "/sessions")).andExpect(content().string(containsString("Still to discuss")));
        assertThat(SystemActor.call(() -> journal.entries(null, 50, "statement", String.valueOf(statement))))
                .extracting(JournalEntry::action).contains("statement.carried-over");
        long next = schedule(successor, "2031-02-03");
        long item = ((Number) read(as("rok.member", get("/api/forums/" + successor + "/agenda-queue")), "$[0].id")).longValue();
        as("secretariat", post("/api/sessions/" + next + "/agenda/waiting/" + item)).andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[0].carriedFromForum").value(forum));
    }
}
