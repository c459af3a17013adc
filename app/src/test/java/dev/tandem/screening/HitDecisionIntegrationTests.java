package dev.tandem.screening;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dev.tandem.IntegrationTest;
import dev.tandem.common.SystemActor;
import dev.tandem.journal.Journal;
import dev.tandem.screening.core.list.EntryType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may clear a hit (issue 8): co-chairs decide, as the README's role table says; a false positive on a hit scoring
 * 0.95 or more is only proposed until a second person of another party or role confirms it, and meanwhile the hit
 * stays open, so that triage keeps sending its case where the hit sends it.
 */
@IntegrationTest
class HitDecisionIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ScreeningManagement screening;
    @Autowired
    Journal journal;

    private HitView exactHit(String ref, String name, String reference) {
        HitView hit = SystemActor.call(() -> screening.watch(ref, NameToScreen.of(name, EntryType.PERSON))).stream()
                .filter(h -> h.reference().equals(reference)).findFirst().orElseThrow();
        assertThat(hit.score()).isGreaterThanOrEqualTo(0.95);
        return hit;
    }

    private ResultActions postJson(String user, String path, String json) throws Exception {
        return mvc.perform(post(path)
                .with(httpBasic(user, IntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void refusesADelegationMemberClearingAnExactMatch() throws Exception {
        HitView hit = exactHit("test:member-clears", "Paek Se Bong", "KPi.048");
        postJson("rok.member", "/api/screening/hits/" + hit.id() + "/decision",
                "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"a different Paek\"}")
                .andExpect(status().isForbidden());
        postJson("admin", "/api/screening/hits/" + hit.id() + "/decision",
                "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"a different Paek\"}")
                .andExpect(status().isForbidden());
        assertThat(screening.hitsOf("test:member-clears")).extracting(HitView::status).containsOnly(HitStatus.OPEN);
        assertThat(screening.hasUnresolvedHits("test:member-clears")).isTrue();
    }

    @Test
    void needsASecondCoChairOfAnotherPartyToClearAnExactMatch() throws Exception {
        HitView hit = exactHit("test:four-eyes", "Min Byong Chol", "KPi.047");
        String decision = "/api/screening/hits/" + hit.id() + "/decision";
        String confirmation = "/api/screening/hits/" + hit.id() + "/confirmation";

        postJson("rok.cochair", decision, "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"born 1990 in Busan\",\"version\":"
                + hit.version() + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.awaitingConfirmation").value(true))
                .andExpect(jsonPath("$.proposedBy").value("rok.cochair"))
                .andExpect(jsonPath("$.proposerParty").value("ROK"));
        // until confirmed the hit is unresolved: triage (which reads OPEN and TRUE_MATCH as unresolved) keeps it
        assertThat(screening.hasUnresolvedHits("test:four-eyes")).isTrue();
        assertThat(SystemActor.call(() -> screening.watch("test:four-eyes",
                NameToScreen.of("Min Byong Chol", EntryType.PERSON))))
                .filteredOn(h -> h.id() == hit.id()).extracting(HitView::status).containsExactly(HitStatus.OPEN);

        postJson("rok.cochair", confirmation, "{\"confirmed\":true,\"reason\":\"agreed with myself\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("confirmed"));
        postJson("us.member", confirmation, "{\"confirmed\":true,\"reason\":\"looks fine\"}")
                .andExpect(status().isForbidden());
        mvc.perform(post(confirmation)
                        .with(httpBasic("us.cochair", IntegrationTest.PASSWORD)).header("Accept-Language", "ko")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"confirmed\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("필수")));
        postJson("us.cochair", confirmation, "{\"confirmed\":true,\"reason\":\"passport copy checked\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FALSE_POSITIVE"))
                .andExpect(jsonPath("$.awaitingConfirmation").value(false))
                .andExpect(jsonPath("$.decidedBy").value("us.cochair"));
        assertThat(screening.hasUnresolvedHits("test:four-eyes")).isFalse();
        assertThat(journal.entries(null, 20, "screening-hit", String.valueOf(hit.id())))
                .extracting(e -> e.action())
                .contains("screening.hit-false-positive-proposed", "screening.hit-false-positive-confirmed");
    }

    @Test
    void reopensTheHitWhenTheSecondPersonRejectsTheProposal() throws Exception {
        HitView hit = exactHit("test:four-eyes-rejected", "Pae Won Uk", "KPi.072");
        postJson("us.cochair", "/api/screening/hits/" + hit.id() + "/decision",
                "{\"decision\":\"FALSE_POSITIVE\",\"reason\":\"not our partner's Pae\"}").andExpect(status().isOk());
        postJson("rok.cochair", "/api/screening/hits/" + hit.id() + "/confirmation",
                "{\"confirmed\":false,\"reason\":\"same birth date as the listing\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.awaitingConfirmation").value(false));
        assertThat(journal.entries(null, 20, "screening-hit", String.valueOf(hit.id())))
                .extracting(e -> e.action()).contains("screening.hit-false-positive-rejected");
        postJson("rok.cochair", "/api/screening/hits/" + hit.id() + "/decision",
                "{\"decision\":\"TRUE_MATCH\",\"reason\":\"the listed person\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("TRUE_MATCH"));
    }

    @Test
    void showsTheProposalAndTheConfirmFormOnlyToAnEligibleSecondPerson() throws Exception {
        HitView hit = exactHit("test:four-eyes-page", "Ku Ja Hyong", "KPi.070");
        String confirmAction = "/screening/hits/" + hit.id() + "/confirmation";
        mvc.perform(post("/screening/hits/" + hit.id() + "/decision")
                        .with(httpBasic("rok.cochair", IntegrationTest.PASSWORD))
                        .param("decision", "FALSE_POSITIVE").param("reason", "a chemist in Daejeon")
                        .param("version", String.valueOf(hit.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/screening#hits"));

        mvc.perform(get("/screening").with(httpBasic("rok.cochair", IntegrationTest.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Awaiting confirmation")))
                .andExpect(content().string(not(containsString(confirmAction))));
        mvc.perform(get("/screening").with(httpBasic("us.cochair", IntegrationTest.PASSWORD)).header("Accept-Language", "ko"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("확인 대기")))
                .andExpect(content().string(containsString(confirmAction)));

        mvc.perform(post(confirmAction).with(httpBasic("us.cochair", IntegrationTest.PASSWORD))
                        .param("confirmed", "true").param("reason", "checked with the ministry"))
                .andExpect(status().is3xxRedirection());
        assertThat(screening.hitsOf("test:four-eyes-page")).filteredOn(h -> h.id() == hit.id())
                .extracting(HitView::status).containsExactly(HitStatus.FALSE_POSITIVE);
    }
}
