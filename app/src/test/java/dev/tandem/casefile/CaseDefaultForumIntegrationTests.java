package dev.tandem.casefile;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.IntegrationTest;
import dev.tandem.forum.ForumManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A case that names no forum goes to the only open forum that reviews cases. A database of its own, so that no
 * other test's forums make the choice ambiguous.
 */
@AutoConfigureMockMvc
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:default-forum;DB_CLOSE_DELAY=-1",
        "tandem.demo.enabled=true",
        "tandem.demo.password=" + IntegrationTest.PASSWORD})
class CaseDefaultForumIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseManagement cases;
    @Autowired
    ForumManagement forums;

    @Test
    void filesACaseWithTheOnlyForumThatTakesCases() throws Exception {
        // the demo's one forum of ROK and US open today: the working group ended in 2021, its successor took over
        assertThat(cases.forumsTakingCases()).extracting(f -> f.code()).containsExactly("rok-us-dg-consultation");
        mvc.perform(post("/api/cases").with(httpBasic("applicant", IntegrationTest.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"Pumps","purpose":"Well","category":"HUMANITARIAN",
                                 "items":[{"description":"Pump","quantity":1,"unit":"piece","hsCode":"8413.20","direction":"TO"}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.forum").value(cases.forumsTakingCases().get(0).code()));
    }
}
