package dev.tandem.identity;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.tandem.IntegrationTest;
import dev.tandem.journal.Journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator's pages and API for users and parties: refusals in the user's language, every change journaled. */
@IntegrationTest
class UserAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Journal journal;
    @Autowired
    UserAccounts accounts;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    private ResultActions api(String url, String json, String language) throws Exception {
        return mvc.perform(post(url).with(httpBasic("admin", IntegrationTest.PASSWORD))
                .header("Accept-Language", language).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void refusesATakenUserNameOnTheKoreanPageInKorean() throws Exception {
        mvc.perform(post("/admin/users").with(httpBasic("admin", IntegrationTest.PASSWORD)).with(csrf())
                        .param("lang", "ko").param("username", "admin").param("displayName", "Again")
                        .param("role", "MEMBER").param("party", "ROK"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("이미 사용 중입니다")))
                .andExpect(content().string(containsString("id=\"username-error\"")));
    }

    @Test
    void refusesAnApplicantWithoutOrganisationThroughTheApiInTheAskedLanguage() throws Exception {
        String json = "{\"username\":\"" + unique("ngo") + "\",\"displayName\":\"NGO\",\"role\":\"APPLICANT\"}";
        api("/api/users", json, "ko").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisation"))
                .andExpect(jsonPath("$.errors[0].reason").value("신청인에게는 필수 항목입니다"));
        api("/api/users", json, "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason").value("is required for an applicant"));
    }

    @Test
    void createsAUserOnThePageAndShowsTheInitialPasswordOnce() throws Exception {
        String username = unique("us.staff");
        mvc.perform(post("/admin/users").with(httpBasic("admin", IntegrationTest.PASSWORD)).with(csrf())
                        .param("username", username).param("displayName", "US Staff").param("role", "SECRETARIAT")
                        .param("party", "US"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("message", containsString("Initial password (shown once)")));
        assertThat(journal.entries(null, 5, "user", username)).extracting(e -> e.action())
                .containsExactly("identity.account-created");
    }

    @Test
    void disablesAndEnablesAnAccountThroughTheObjectRefusingRepeats() throws Exception {
        String username = unique("member");
        api("/api/users", "{\"username\":\"" + username + "\",\"displayName\":\"M\",\"role\":\"MEMBER\","
                + "\"party\":\"ROK\",\"password\":\"member-password-1\"}", "en").andExpect(status().isCreated());
        api("/api/users/" + username + "/disable", "{\"reason\":\"left the delegation\"}", "en")
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/me").with(httpBasic(username, "member-password-1"))).andExpect(status().isUnauthorized());
        api("/api/users/" + username + "/disable", "{\"reason\":\"again\"}", "ko")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value("사용자 " + username + "은(는) 이미 사용 중지되었습니다"));
        api("/api/users/" + username + "/enable", "{\"reason\":\"back\"}", "en").andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic(username, "member-password-1"))).andExpect(status().isOk());
        api("/api/users/" + username + "/unlock", "{\"reason\":\"why not\"}", "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value("user " + username + " is not locked"));
        assertThat(journal.entries(null, 10, "user", username)).extracting(e -> e.action())
                .containsExactly("identity.account-enabled", "identity.account-disabled", "identity.account-created");
    }

    @Test
    void refusesToDisableTheCallersOwnAccount() throws Exception {
        api("/api/users/admin/disable", "{\"reason\":\"oops\"}", "en").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
        assertThat(accounts.byUsername("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    void registersPartiesOnTheirPageRefusingABadCodeInKorean() throws Exception {
        mvc.perform(post("/admin/parties").with(httpBasic("admin", IntegrationTest.PASSWORD)).with(csrf())
                        .param("lang", "ko").param("code", "jp").param("nameEn", "Japan").param("nameKo", "일본"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ROK나 US처럼 대문자 2~10자여야 합니다")));
        String code = "P" + UUID.randomUUID().toString().replaceAll("[^a-zA-Z]", "").toUpperCase().substring(0, 4);
        mvc.perform(post("/admin/parties").with(httpBasic("admin", IntegrationTest.PASSWORD)).with(csrf())
                        .param("code", code).param("nameEn", "Test party").param("nameKo", "시험 당사국"))
                .andExpect(redirectedUrl("/admin/parties"));
        mvc.perform(get("/admin/parties").with(httpBasic("admin", IntegrationTest.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("시험 당사국")));
        assertThat(journal.entries(null, 5, "party", code)).extracting(e -> e.action())
                .containsExactly("forum.party-registered");
        mvc.perform(get("/admin/parties").with(httpBasic("secretariat", IntegrationTest.PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
