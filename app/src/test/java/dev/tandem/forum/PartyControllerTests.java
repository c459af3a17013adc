package dev.tandem.forum;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.PageActions;
import dev.tandem.common.Refusals;
import dev.tandem.identity.PageSecurity;
import dev.tandem.identity.Permissions;
import dev.tandem.system.FormErrors;
import dev.tandem.system.FormFields;

import static dev.tandem.identity.PageSecurity.sentToSignIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
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

@WebMvcTest(PartyController.class)
@Import({Refusals.class, PageActions.class, FormErrors.class, FormFields.class, PageSecurity.class})
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class PartyControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ForumManagement forums;
    /** The layout asks it which links to show; the slice has no account to ask about, so the administrator's. */
    @MockitoBean(name = "permissions")
    Permissions permissions;

    @BeforeEach
    void twoParties() {
        given(forums.parties()).willReturn(List.of(new Party("ROK", "Republic of Korea", "대한민국"),
                new Party("US", "United States", "미국")));
        given(permissions.mayManageAccounts()).willReturn(true);
    }

    @Test
    void listsThePartiesWithTheRegistrationFormInKorean() throws Exception {
        mvc.perform(get("/admin/parties").param("lang", "ko")).andExpect(status().isOk())
                .andExpect(view().name("admin/parties"))
                .andExpect(content().string(allOf(containsString("<h1>당사국</h1>"), containsString("대한민국"),
                        containsString("United States"), containsString("name=\"nameKo\""))));
    }

    @Test
    void registersAPartyAndSaysSo() throws Exception {
        given(forums.registerParty("JP", "Japan", "일본")).willReturn(new Party("JP", "Japan", "일본"));
        mvc.perform(post("/admin/parties").with(csrf()).param("code", "JP").param("nameEn", "Japan")
                        .param("nameKo", "일본"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/parties"))
                .andExpect(flash().attribute("message", "Party JP registered."));
    }

    @Test
    void showsTheRefusalBesideTheCodeInKoreanKeepingWhatWasTyped() throws Exception {
        given(forums.registerParty(any(), any(), any()))
                .willThrow(new InvalidInputException("code", "refusal.forum.partyCode"));
        mvc.perform(post("/admin/parties").param("lang", "ko").with(csrf()).param("code", "japan")
                        .param("nameEn", "Japan").param("nameKo", "일본"))
                .andExpect(status().isOk()).andExpect(view().name("admin/parties"))
                .andExpect(content().string(allOf(containsString("id=\"code-error\""),
                        containsString("ROK나 US처럼 대문자 2~10자여야 합니다"), containsString("value=\"japan\""),
                        containsString("value=\"Japan\""))));
    }

    @Test
    @WithMockUser(username = "secretariat", roles = "SECRETARIAT")
    void refusesThePartyPageToAnyoneButAnAdministrator() throws Exception {
        mvc.perform(get("/admin/parties")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/parties").with(csrf()).param("code", "JP").param("nameEn", "Japan")
                .param("nameKo", "일본")).andExpect(status().isForbidden());
        verify(forums, never()).registerParty(any(), any(), any());
    }

    @Test
    @WithAnonymousUser
    void sendsAnAnonymousVisitorToSignIn() throws Exception {
        mvc.perform(get("/admin/parties")).andExpect(sentToSignIn());
    }
}
