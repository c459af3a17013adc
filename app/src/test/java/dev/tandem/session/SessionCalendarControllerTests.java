package dev.tandem.session;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.common.NotFoundException;
import dev.tandem.common.Refusals;
import dev.tandem.identity.PageSecurity;
import dev.tandem.identity.Permissions;
import dev.tandem.system.FormErrors;
import dev.tandem.system.FormFields;

import static dev.tandem.identity.PageSecurity.sentToSignIn;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SessionCalendarController.class)
@Import({Refusals.class, FormErrors.class, FormFields.class, PageSecurity.class})
@WithMockUser(username = "rok.cochair", roles = "CO_CHAIR")
class SessionCalendarControllerTests {

    private static final String EVENT = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Second meeting\r\nEND:VEVENT\r\n"
            + "END:VCALENDAR\r\n";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    SessionManagement sessions;
    /** The layout asks it which links to show; the slice has no account to ask about. */
    @MockitoBean(name = "permissions")
    Permissions permissions;

    @Test
    void servesASessionAsAnInlineCalendarFile() throws Exception {
        given(sessions.calendar(7L)).willReturn(EVENT);
        mvc.perform(get("/sessions/7.ics")).andExpect(status().isOk())
                .andExpect(content().contentType("text/calendar;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"session-7.ics\""))
                .andExpect(content().string(EVENT));
    }

    @Test
    void servesTheForumsFeed() throws Exception {
        given(sessions.calendarFeed("wg")).willReturn(EVENT);
        mvc.perform(get("/forums/wg/sessions.ics")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "inline; filename=\"wg-sessions.ics\""))
                .andExpect(content().string(EVENT));
    }

    @Test
    void answersAnUnknownSessionWithTheNotFoundPage() throws Exception {
        given(sessions.calendar(8L)).willThrow(new NotFoundException("id", "session", 8L));
        mvc.perform(get("/sessions/8.ics")).andExpect(status().isNotFound());
    }

    @Test
    @WithAnonymousUser
    void sendsAnAnonymousVisitorToSignInButLetsACalendarClientSendItsCredentials() throws Exception {
        mvc.perform(get("/sessions/7.ics")).andExpect(sentToSignIn());
        verify(sessions, never()).calendar(anyLong());
        mvc.perform(get("/forums/wg/sessions.ics").with(httpBasic("nobody", "wrong")))
                .andExpect(status().isUnauthorized());
    }
}
