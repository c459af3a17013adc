package dev.tandem.identity;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.PageActions;
import dev.tandem.common.Refusals;
import dev.tandem.forum.ForumManagement;
import dev.tandem.system.FormErrors;
import dev.tandem.system.FormFields;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
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

@WebMvcTest(UserController.class)
@Import({Refusals.class, PageActions.class, FormErrors.class, FormFields.class})
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class UserControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    UserManagement users;
    @MockitoBean
    ForumManagement forums;
    /** The page layout asks it which links to show; the slice has no account to ask about. */
    @MockitoBean(name = "permissions")
    Permissions permissions;

    @Test
    void listsUsersWithTheNewUserForm() throws Exception {
        given(users.users()).willReturn(List.of());
        mvc.perform(get("/admin/users")).andExpect(status().isOk()).andExpect(view().name("admin/users"))
                .andExpect(content().string(allOf(containsString("name=\"username\""),
                        containsString("maxlength=\"" + IdentityLimits.DISPLAY_NAME + "\""))));
    }

    @Test
    void createsAUserAndShowsThePasswordOnce() throws Exception {
        UserManagement.Created created = mock(UserManagement.Created.class);
        UserView view = mock(UserView.class);
        given(view.username()).willReturn("new.user");
        given(created.user()).willReturn(view);
        given(created.initialPassword()).willReturn("s3cret-once");
        given(users.create(new NewUser("new.user", "New User", Role.APPLICANT, null, "NGO", null)))
                .willReturn(created);
        mvc.perform(post("/admin/users").with(csrf()).param("username", "new.user").param("displayName", "New User")
                        .param("role", "APPLICANT").param("organisation", "NGO"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("message", containsString("s3cret-once")));
    }

    @Test
    void refusesBadFieldsInKoreanBesideThemKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/users").param("lang", "ko").with(csrf()).param("username", "Bad Name")
                        .param("displayName", "\u200b").param("role", "EMPEROR"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"username-error\""),
                        containsString("영문 소문자로 시작하는"), containsString("허용되는 값(APPLICANT"),
                        containsString("읽을 수 있는 글자여야"), containsString("value=\"Bad Name\""))));
        verify(users, never()).create(any());
    }

    @Test
    void showsTheServicesRefusalBesideItsField() throws Exception {
        given(users.create(any())).willThrow(new InvalidInputException("username", "refusal.identity.usernameTaken"));
        mvc.perform(post("/admin/users").with(csrf()).param("username", "applicant").param("displayName", "A")
                        .param("role", "APPLICANT").param("organisation", "NGO"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"username-error\""),
                        containsString("is taken"))));
    }
}
