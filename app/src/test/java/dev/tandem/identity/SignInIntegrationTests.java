package dev.tandem.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.IntegrationTest;
import dev.tandem.common.SystemActor;
import dev.tandem.journal.Journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignInIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Journal journal;

    private String newUser(String name) {
        String password = "correct-horse-battery";
        SystemActor.run(() -> {
            if (accounts.byUsername(name).isEmpty()) {
                users.create(new NewUser(name, "Test " + name, Role.MEMBER, "ROK", null, password));
            }
        });
        return password;
    }

    @Test
    void signsInWithTheRightPassword() throws Exception {
        mvc.perform(formLogin().user("rok.member").password(IntegrationTest.PASSWORD))
                .andExpect(authenticated().withUsername("rok.member").withRoles("MEMBER"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void refusesAWrongPasswordOrUnknownUserWithTheSameAnswer() throws Exception {
        mvc.perform(formLogin().user("rok.member").password("not-the-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user("nobody-here").password("whatever"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        // one failure is forgotten after a successful sign-in
        mvc.perform(formLogin().user("rok.member").password(IntegrationTest.PASSWORD)).andExpect(authenticated());
        assertThat(accounts.byUsername("rok.member").orElseThrow().failedSignIns()).isZero();
    }

    @Test
    void locksAnAccountAfterRepeatedFailuresAndJournalsIt() throws Exception {
        String password = newUser("lock.test");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("lock.test").password("wrong-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user("lock.test").password(password))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/me").with(httpBasic("lock.test", password))).andExpect(status().isUnauthorized());
        assertThat(journal.entries(null, 10, "user", "lock.test"))
                .extracting(e -> e.action()).contains("identity.account-locked");

        SystemActor.run(() -> users.unlock("lock.test", "identity confirmed by phone"));
        mvc.perform(formLogin().user("lock.test").password(password)).andExpect(authenticated());
    }

    @Test
    void rejectsAFormPostWithoutCsrfToken() throws Exception {
        // sessions live in Spring Session (cookie SESSION), so the test carries that cookie like a browser
        Cookie session = mvc.perform(formLogin().user("secretariat").password(IntegrationTest.PASSWORD))
                .andExpect(authenticated()).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        long before = journal.entries(null, 1, null, null).get(0).seq();
        mvc.perform(post("/forums/inter-korean-liaison-office/events").cookie(session)
                        .param("status", "CUT_OFF").param("on", "2021-08-10"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/forums/inter-korean-liaison-office/events").cookie(session)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"CUT_OFF\",\"on\":\"2021-08-10\"}"))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("CSRF")));
        assertThat(journal.entries(null, 1, null, null).get(0).seq()).isEqualTo(before);
        // the same session with its token is let through to the forum rules (a future date is refused there)
        mvc.perform(post("/api/forums/inter-korean-liaison-office/events").cookie(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"CUT_OFF\",\"on\":\"2999-01-01\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/logout").cookie(session).with(csrf()).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login?signedOut"));
        mvc.perform(get("/api/me").cookie(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void rejectsASignInWithoutCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "rok.member").param("password", IntegrationTest.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void sendsSecureHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void sendsPagesToSignInAndApiCallsA401() throws Exception {
        mvc.perform(get("/forums")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/forums")).andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void neverShowsPasswordHashes() throws Exception {
        String body = mvc.perform(get("/api/users").with(httpBasic("admin", IntegrationTest.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("rok.member").doesNotContain("{bcrypt}").doesNotContain("$2a$");
    }

    @Test
    void letsOnlyAdministratorsManageUsers() throws Exception {
        for (String user : new String[] {"applicant", "rok.member", "secretariat", "auditor"}) {
            mvc.perform(get("/api/users").with(httpBasic(user, IntegrationTest.PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users").with(httpBasic(user, IntegrationTest.PASSWORD))).andExpect(status().isForbidden());
        }
    }

    @Test
    void refusesAnAccountWithoutItsParty() throws Exception {
        mvc.perform(post("/api/users").with(httpBasic("admin", IntegrationTest.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"no.party\",\"displayName\":\"No Party\",\"role\":\"MEMBER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field").value("party"));
        assertThat(accounts.byUsername("no.party")).isEmpty();
    }
}
