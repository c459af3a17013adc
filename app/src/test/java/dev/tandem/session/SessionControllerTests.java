package dev.tandem.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.common.PageActions;
import dev.tandem.common.Refusals;
import dev.tandem.common.RuleViolationException;
import dev.tandem.forum.ForumStatus;
import dev.tandem.forum.ForumSummary;
import dev.tandem.identity.CurrentUser;
import dev.tandem.identity.Permissions;
import dev.tandem.system.FormErrors;
import dev.tandem.system.FormFields;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(SessionController.class)
@Import({Refusals.class, PageActions.class, FormErrors.class, FormFields.class})
@WithMockUser(username = "secretariat", roles = "SECRETARIAT")
class SessionControllerTests {

    private static final String FORUM = "wg";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    SessionManagement sessions;
    @MockitoBean
    JointStatements statements;
    @MockitoBean
    TrackOverview tracks;
    @MockitoBean
    CurrentUser user;
    /** The pages ask it what to show; the slice has no account to ask about, so the secretariat's answers. */
    @MockitoBean(name = "permissions")
    Permissions permissions;

    private final ForumSession session = new ForumSession(7L, FORUM, "Second meeting",
            LocalDateTime.parse("2018-12-21T10:00"), ZoneId.of("Asia/Seoul"), 180, "MOFA, Seoul", null,
            SessionStatus.SCHEDULED, null, "session-x@tandem", 1, List.of(new Attendee("ROK", "Lee Do-hoon", "Co-chair")),
            List.of(new AgendaItem(3L, FORUM, 7L, 1, AgendaItem.Kind.TOPIC, Track.HUMANITARIAN, "Tamiflu trucks", null,
                    null, null, 30, null, false, null, null)));

    @BeforeEach
    void aSession() {
        given(sessions.forum(FORUM)).willReturn(new ForumSummary(FORUM, "Working group", "워킹그룹", Set.of("ROK", "US"),
                ForumStatus.ACTIVE, null));
        given(sessions.session(7L)).willReturn(session);
        given(sessions.sessions(FORUM)).willReturn(List.of(session));
        given(user.party()).willReturn(Optional.of("ROK"));
        given(permissions.maySeeSessions()).willReturn(true);
        given(permissions.mayRunSessions()).willReturn(true);
    }

    @Test
    void showsTheSessionWithItsAgendaAndForms() throws Exception {
        mvc.perform(get("/sessions/7")).andExpect(status().isOk()).andExpect(view().name("sessions/detail"))
                .andExpect(content().string(allOf(containsString("Lee Do-hoon"), containsString("Tamiflu trucks"),
                        containsString("2018-12-21 10:00 (Asia/Seoul)"), containsString("name=\"caseRef\""),
                        containsString("/sessions/7.ics"))));
    }

    @Test
    void schedulesASessionAndGoesToIt() throws Exception {
        given(sessions.schedule(eq(FORUM), any())).willReturn(session);
        mvc.perform(post("/forums/" + FORUM + "/sessions").with(csrf()).param("title", "Second meeting")
                        .param("date", "2018-12-21").param("time", "10:00").param("zone", "Asia/Seoul")
                        .param("durationMinutes", "180").param("venue", "MOFA, Seoul"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sessions/7"))
                .andExpect(flash().attributeExists("message"));
        verify(sessions).schedule(FORUM, new SessionCommands.Schedule("Second meeting", LocalDate.parse("2018-12-21"),
                LocalTime.parse("10:00"), "Asia/Seoul", 180, "MOFA, Seoul", null));
    }

    @Test
    void refusesABadScheduleBesideItsFieldsKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/forums/" + FORUM + "/sessions").with(csrf()).param("title", "Typed title")
                        .param("date", "2018-02-30").param("time", "10:00").param("zone", "Asia/Seoul")
                        .param("durationMinutes", "5").param("venue", "Seoul"))
                .andExpect(status().isOk()).andExpect(view().name("sessions/list"))
                .andExpect(content().string(allOf(containsString("id=\"date-error\""),
                        containsString("is not a date like 2019-01-11"),
                        containsString("value=\"Typed title\""))));
        verify(sessions, never()).schedule(any(), any());
    }

    @Test
    void showsARefusalOfTheServiceInThePagesLanguage() throws Exception {
        given(sessions.recordOutcome(anyLong(), anyLong(), any()))
                .willThrow(new RuleViolationException("outcome", "refusal.session.outcomeBeforeHeld", "Second meeting"));
        mvc.perform(post("/sessions/7/items/3/outcome").param("lang", "ko").with(csrf()).param("outcome", "Approved"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("결과는 &#39;Second meeting&#39;이(가) 개최됨으로 표시된 뒤에 기록합니다")));
    }

    @Test
    void hidesTheSecretariatsFormsFromOthers() throws Exception {
        given(permissions.mayRunSessions()).willReturn(false);
        mvc.perform(get("/sessions/7")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"caseRef\""))));
    }
}
