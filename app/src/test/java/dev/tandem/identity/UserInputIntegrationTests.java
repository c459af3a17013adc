package dev.tandem.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.IntegrationTest;
import dev.tandem.journal.Journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A password BCrypt cannot hold (over 72 bytes) is refused naming the field, and never fails a sign-in with 500. */
@IntegrationTest
class UserInputIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Journal journal;

    @Test
    void refusesAPasswordOfMoreThan72Bytes() throws Exception {
        long before = journal.entries(null, 1, null, null).get(0).seq();
        mvc.perform(post("/api/users").with(httpBasic("admin", IntegrationTest.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"long.password\",\"displayName\":\"Long\",\"role\":\"APPLICANT\","
                                + "\"organisation\":\"NGO\",\"password\":\"" + "p".repeat(73) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].reason").value("must be at most 72 bytes long (in UTF-8); longer ones would be cut"));
        assertThat(journal.entries(null, 1, null, null).get(0).seq()).isEqualTo(before);
    }

    @Test
    void refusesASignInWithAPasswordOfMoreThan72BytesAsWrong() throws Exception {
        mvc.perform(get("/api/me").with(httpBasic("auditor", "p".repeat(100))))
                .andExpect(status().isUnauthorized());
    }
}
