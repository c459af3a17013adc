package dev.tandem.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.IntegrationTest;
import dev.tandem.common.SystemActor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The named rules decide on services and in templates alike. */
@IntegrationTest
class PermissionsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Permissions permissions;
    @Autowired
    CurrentUser currentUser;

    private String home(String user) throws Exception {
        return mvc.perform(get("/").with(httpBasic(user, IntegrationTest.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void showsEachUserTheLinksItsRulesAllow() throws Exception {
        String admin = home("admin");
        assertThat(admin).contains("href=\"/forums\"", "href=\"/screening\"", "href=\"/journal\"",
                "href=\"/admin/users\"");
        String auditor = home("auditor");
        assertThat(auditor).contains("href=\"/forums\"", "href=\"/journal\"").doesNotContain("href=\"/admin/users\"");
        String member = home("rok.member");
        assertThat(member).contains("href=\"/forums\"").doesNotContain("href=\"/journal\"", "href=\"/admin/users\"");
        String applicant = home("applicant");
        assertThat(applicant).contains("href=\"/cases/new\"")
                .doesNotContain("href=\"/forums\"", "href=\"/screening\"", "href=\"/journal\"");
    }

    @Test
    void guardsServicesWithTheSameRules() throws Exception {
        mvc.perform(get("/api/forums").with(httpBasic("rok.member", IntegrationTest.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/forums").with(httpBasic("applicant", IntegrationTest.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/users").with(httpBasic("rok.cochair", IntegrationTest.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/users").with(httpBasic("admin", IntegrationTest.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void saysWhoTheSystemActorIs() {
        assertThat(currentUser.isSignedIn()).isFalse();
        assertThat(currentUser.actorName()).isEqualTo(SystemActor.NAME);
        SystemActor.run(() -> {
            assertThat(currentUser.actorName()).isEqualTo(SystemActor.NAME);
            assertThat(currentUser.roles()).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.SECRETARIAT);
            assertThat(permissions.mayManageAccounts()).isTrue();
            assertThat(permissions.mayFileCases()).isFalse();
            assertThat(currentUser.party()).isEmpty();
        });
    }
}
