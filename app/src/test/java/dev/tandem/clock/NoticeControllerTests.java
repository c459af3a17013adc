package dev.tandem.clock;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.common.NotFoundException;
import dev.tandem.common.PageActions;
import dev.tandem.common.Refusals;
import dev.tandem.identity.PageSecurity;
import dev.tandem.identity.Permissions;
import dev.tandem.system.FormErrors;
import dev.tandem.system.FormFields;

import static dev.tandem.identity.PageSecurity.sentToSignIn;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(NoticeController.class)
@Import({Refusals.class, PageActions.class, FormErrors.class, FormFields.class, PageSecurity.class})
@WithMockUser(username = "rok.cochair", roles = "CO_CHAIR")
class NoticeControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    NoticeBoard board;
    /** The layout asks it which links to show; the slice has no account to ask about. */
    @MockitoBean(name = "permissions")
    Permissions permissions;

    @Test
    void marksTheNoticeReadAndGoesBackHome() throws Exception {
        mvc.perform(post("/notices/5/read").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"))
                .andExpect(flash().attributeCount(0));
        verify(board).markRead(5L);
    }

    @Test
    void flashesTheRefusalOfAnotherUsersNoticeInKorean() throws Exception {
        given(board.markRead(6L)).willThrow(new NotFoundException("id", "notice", 6L));
        mvc.perform(post("/notices/6/read").param("lang", "ko").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("errors", Map.of("id", "ID가 6인 알림이(가) 없습니다")));
    }

    @Test
    void refusesANoticeThatIsNotANumberWithoutAnError() throws Exception {
        mvc.perform(post("/notices/first/read").with(csrf())).andExpect(status().isBadRequest());
        verify(board, never()).markRead(anyLong());
    }

    @Test
    void refusesAPostWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/notices/5/read")).andExpect(status().isForbidden());
        verify(board, never()).markRead(anyLong());
    }

    @Test
    @WithAnonymousUser
    void sendsAnAnonymousVisitorToSignIn() throws Exception {
        mvc.perform(post("/notices/5/read").with(csrf())).andExpect(sentToSignIn());
        verify(board, never()).markRead(anyLong());
    }
}
