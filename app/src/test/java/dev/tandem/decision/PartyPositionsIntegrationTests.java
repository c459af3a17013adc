package dev.tandem.decision;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import dev.tandem.IntegrationTest;
import dev.tandem.forum.CaseRouting;
import dev.tandem.forum.DecisionRule;
import dev.tandem.forum.ForumManagement;
import dev.tandem.journal.Journal;
import dev.tandem.journal.JournalEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A party's side over the API: co-chairs take positions, members propose and act under delegation, the party comes
 * from the sign-in, proposals stay inside the party, refusals name the field in the caller's language.
 */
@IntegrationTest
class PartyPositionsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    java.time.Clock clock;
    @Autowired
    ForumManagement forums;
    @Autowired
    Journal journal;

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, IntegrationTest.PASSWORD)));
    }

    private ResultActions post(String user, String path, String json) throws Exception {
        return as(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** A case's partner notice on a new forum, as the US member sees it. */
    private long notice() throws Exception {
        String forum = DecisionFixture.forum(forums, DecisionRule.NO_OBJECTION, CaseRouting.SELECTIVE);
        String ref = DecisionFixture.submitted(mvc, forum, DecisionFixture.CLEAN_CASE);
        String items = as("us.member", get("/api/reviews").param("forum", forum)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(items, "$[?(@.caseRef == '" + ref + "')].id");
        return ids.get(0);
    }

    @Test
    void listsTheNoticeAmongTheItemsWaitingForThePartnerOnly() throws Exception {
        long id = notice();
        as("us.member", get("/api/reviews/waiting"))
                .andExpect(jsonPath("$[?(@.id == " + id + ")]", hasSize(1)));
        as("rok.member", get("/api/reviews/waiting"))
                .andExpect(jsonPath("$[?(@.id == " + id + ")]", hasSize(0)));
        as("us.cochair", get("/")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("/reviews/" + id)));
    }

    @Test
    void refusesAMemberWithoutDelegationAndAcceptsOneWithIt() throws Exception {
        long id = notice();
        post("us.member", "/api/reviews/" + id + "/positions", "{\"kind\":\"CONCUR\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("no delegation of party US")));
        LocalDate today = LocalDate.now(clock);
        String delegation = post("us.cochair", "/api/reviews/delegations", """
                {"delegate":"us.member","from":"%s","to":"%s"}""".formatted(today, today.plusDays(7)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        post("us.member", "/api/reviews/" + id + "/positions", "{\"kind\":\"OBJECT\",\"text\":\"Ask about storage\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("QUEUED"))
                .andExpect(jsonPath("$.positions[0].delegated").value(true))
                .andExpect(jsonPath("$.positions[0].takenBy").value("us.member"));
        Number delegationId = JsonPath.read(delegation, "$.id");
        assertThat(journal.entries(null, 5, "delegation", String.valueOf(delegationId)))
                .extracting(JournalEntry::action).contains("decision.delegated");
        post("us.cochair", "/api/reviews/delegations/" + delegationId + "/revocation", "").andExpect(status().isOk());
        post("us.member", "/api/reviews/" + id + "/positions", "{\"kind\":\"HOLD\"}")
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void refusesDelegatingToSomeoneOutsideTheParty() throws Exception {
        post("rok.cochair", "/api/reviews/delegations", """
                {"delegate":"us.member","from":"2030-01-01","to":"2030-01-31"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("delegate"));
    }

    @Test
    void letsTheCoChairAdoptAMembersProposalWhichTheOtherPartyNeverSees() throws Exception {
        long id = notice();
        post("us.member", "/api/reviews/" + id + "/proposals",
                "{\"kind\":\"CONCUR_WITH_CONDITIONS\",\"text\":\"Report on delivery within 30 days\"}")
                .andExpect(status().isCreated());
        as("rok.cochair", get("/api/reviews/" + id)).andExpect(jsonPath("$.proposals", hasSize(0)));
        String mine = as("us.cochair", get("/api/reviews/" + id)).andExpect(jsonPath("$.proposals", hasSize(1)))
                .andReturn().getResponse().getContentAsString();
        Number proposal = JsonPath.read(mine, "$.proposals[0].id");
        post("us.cochair", "/api/reviews/" + id + "/proposals/" + proposal + "/adoption", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("DECIDED"))
                .andExpect(jsonPath("$.outcome").value("APPROVED_WITH_CONDITIONS"))
                .andExpect(jsonPath("$.conditions").value("US: Report on delivery within 30 days"));
        post("us.cochair", "/api/reviews/" + id + "/proposals/" + proposal + "/declining", "")
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void refusesAnObjectionWithoutReasonNamingTheFieldInKorean() throws Exception {
        long id = notice();
        as("us.cochair", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/reviews/" + id + "/positions").header("Accept-Language", "ko")
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"OBJECT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].reason").value("이의 제기에는 사유가 필요합니다"));
        as("rok.cochair", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/reviews/" + id + "/positions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"OBJECT\",\"text\":\"not ours to object\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("does not ask party ROK")));
    }

    @Test
    void keepsAPartysNotesOnAnItemFromTheOtherParty() throws Exception {
        long id = notice();
        post("us.cochair", "/api/notes/review/" + id, "{\"text\":\"Ask Treasury about the consignee first\"}")
                .andExpect(status().is2xxSuccessful());
        as("us.member", get("/api/notes/review/" + id)).andExpect(jsonPath("$", hasSize(1)));
        as("rok.cochair", get("/api/notes/review/" + id)).andExpect(jsonPath("$", hasSize(0)));
        as("rok.cochair", get("/reviews/" + id)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(containsString("Ask Treasury"))));
        as("us.member", get("/reviews/" + id)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Ask Treasury")));
    }

    @Test
    void showsTheItemPageWithItsClockAndPositionFormInKorean() throws Exception {
        long id = notice();
        as("us.cochair", get("/reviews/" + id).param("lang", "ko")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(containsString("상대국 통보"),
                                containsString("입장 표명"), containsString("종료 시까지"))));
        as("us.cochair", org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/reviews/" + id + "/positions").param("kind", "OBJECT")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("actionError", containsString("an objection needs its reason")));
    }
}
