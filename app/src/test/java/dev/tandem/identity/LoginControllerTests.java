package dev.tandem.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.common.Refusals;
import dev.tandem.system.FormErrors;
import dev.tandem.system.FormFields;

import static dev.tandem.identity.PageSecurity.sentToSignIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(LoginController.class)
@Import({Refusals.class, FormErrors.class, FormFields.class, PageSecurity.class})
class LoginControllerTests {

    @Autowired
    MockMvc mvc;
    /** The layout asks it which links to show; nobody is signed in, so it answers no to all. */
    @MockitoBean(name = "permissions")
    Permissions permissions;

    @Test
    void showsTheSignInFormToAnyoneWithItsFieldsAndPostingToLogin() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(view().name("login"))
                .andExpect(content().string(allOf(containsString("<h1>Sign in</h1>"),
                        containsString("name=\"username\""), containsString("name=\"password\""),
                        containsString("action=\"/login\""), containsString("name=\"_csrf\""))));
    }

    @Test
    void saysAFailedSignInInKorean() throws Exception {
        mvc.perform(get("/login").param("error", "").param("lang", "ko")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>로그인</h1>"),
                        containsString("로그인 실패: 사용자 이름이나 비밀번호가 틀렸거나"))));
    }

    @Test
    void saysASignOutAndAnEndedSession() throws Exception {
        mvc.perform(get("/login").param("signedOut", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("You have signed out.")));
        mvc.perform(get("/login").param("expired", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your session ended. Please sign in again.")));
    }

    @Test
    void sendsAnAnonymousVisitorOfAnotherPageToSignIn() throws Exception {
        mvc.perform(get("/cases")).andExpect(sentToSignIn());
    }
}
