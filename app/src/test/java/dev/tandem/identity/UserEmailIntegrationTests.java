package dev.tandem.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.IntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/** Users have an optional e-mail address (where notices are mailed): kept when valid, refused naming the field. */
@IntegrationTest
class UserEmailIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void keepsAUsersEmailAddress() throws Exception {
        mvc.perform(post("/api/users").with(httpBasic("admin", IntegrationTest.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"mail.member\",\"displayName\":\"Mail Member\",\"role\":\"MEMBER\","
                                + "\"party\":\"US\",\"email\":\"mail.member@example.org\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.user.email").value("mail.member@example.org"));
        mvc.perform(get("/api/users").with(httpBasic("admin", IntegrationTest.PASSWORD)))
                .andExpect(jsonPath("$[?(@.username == 'rok.member')].email").value("rok.member@example.org"));
    }

    @Test
    void refusesAnEmailAddressThatIsNone() throws Exception {
        mvc.perform(post("/api/users").with(httpBasic("admin", IntegrationTest.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "ko")
                        .content("{\"username\":\"bad.mail\",\"displayName\":\"Bad Mail\",\"role\":\"MEMBER\","
                                + "\"party\":\"US\",\"email\":\"not an address\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].reason").value("전자우편 주소가 아닙니다"));
    }

    @Test
    void refusesAnEmailAddressThatIsNoneOnTheUsersPage() throws Exception {
        mvc.perform(post("/admin/users").with(httpBasic("admin", IntegrationTest.PASSWORD)).with(csrf())
                        .param("username", "bad.page.mail").param("displayName", "Bad").param("role", "MEMBER")
                        .param("party", "US").param("email", "nope@"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not an e-mail address")));
    }
}
