package dev.tandem.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import dev.tandem.IntegrationTest;
import dev.tandem.common.SystemActor;
import dev.tandem.forum.CaseRouting;
import dev.tandem.forum.DecisionRule;
import dev.tandem.forum.ForumKind;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.NewForum;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Forums and cases the decision tests make for themselves, so that none relies on the demo's. */
final class DecisionFixture {

    /** Oral rehydration salts: nothing in it calls for the forum, so a selective charter sends a partner notice. */
    static final String CLEAN_CASE = """
            {"forum":"%s","title":"Oral rehydration salts","purpose":"For a children's hospital","category":"HUMANITARIAN",
             "items":[{"description":"Oral rehydration salts","quantity":4000,"unit":"sachet","hsCode":"3004.90","direction":"TO"}],
             "counterparties":[{"role":"CONSIGNEE","name":"Pyongyang Children's Hospital","kind":"ORGANISATION","country":"North Korea"}]}""";

    private DecisionFixture() {
    }

    /** A new open forum of ROK and US deciding by written no-objection (5 working days), selective routing. */
    static String forum(ForumManagement forums, DecisionRule rule, CaseRouting routing) {
        String code = "dec-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate from = LocalDate.of(2018, 1, 1);
        SystemActor.run(() -> {
            forums.establish(new NewForum(code, "Decision test forum " + code, "결정 시험 협의체 " + code,
                    ForumKind.WORKING_GROUP, List.of("ROK", "US"), from, null));
            forums.adoptCharter(code, new ForumManagement.NewCharter("Test rules", "시험 규칙", from, rule, 5, true,
                    routing, 5, 20, null));
        });
        return code;
    }

    /** Files and submits a case through the API as the applicant; returns its reference. */
    static String submitted(MockMvc mvc, String forum, String body) throws Exception {
        String created = mvc.perform(post("/api/cases").with(httpBasic("applicant", IntegrationTest.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(forum)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String ref = JsonPath.read(created, "$.ref");
        mvc.perform(post("/api/cases/" + ref + "/submission").with(httpBasic("applicant", IntegrationTest.PASSWORD)))
                .andExpect(status().isOk());
        return ref;
    }
}
