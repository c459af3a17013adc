package dev.tandem.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.common.RuleViolationException;
import dev.tandem.common.PageActions;
import dev.tandem.common.Refusals;
import dev.tandem.forum.Forum;
import dev.tandem.forum.ForumManagement;
import dev.tandem.identity.CurrentUser;
import dev.tandem.identity.PageSecurity;
import dev.tandem.identity.Permissions;
import dev.tandem.system.FormErrors;
import dev.tandem.system.FormFields;

import static dev.tandem.identity.PageSecurity.sentToSignIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ReviewController.class)
@Import({Refusals.class, PageActions.class, FormErrors.class, FormFields.class, PageSecurity.class})
@WithMockUser(username = "rok.cochair", roles = "CO_CHAIR")
class ReviewControllerTests {

    private static final Instant AT = Instant.parse("2026-11-20T01:00:00Z");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ForumReviews reviews;
    @MockitoBean
    PartyPositions positions;
    @MockitoBean
    ForumManagement forums;
    @MockitoBean
    CurrentUser user;
    /** The page asks it what to show; the slice has no account to ask about, so a co-chair's answers. */
    @MockitoBean(name = "permissions")
    Permissions permissions;

    private static ReviewItem item(Stage stage, String rule) {
        return new ReviewItem(3L, "T-2026-0001", "Tamiflu trucks", 1, "FORUM_REVIEW", "wg", Set.of("ROK", "US"),
                Set.of(), stage, rule, true, LocalDate.parse("2026-11-20"), null, null, null, Set.of(), null, null, null, null,
                null, null, 1, 4, List.of("ROK"),
                List.of(new PositionView("US", PositionKind.CONCUR, "Fine by us", "us.cochair", false, AT)));
    }

    @BeforeEach
    void anItemAskingTheRok() {
        given(reviews.find(3L)).willReturn(item(Stage.QUEUED, "CONSENSUS"));
        given(reviews.history(3L)).willReturn(List.of(new Position("US", PositionKind.CONCUR, "Fine by us",
                "us.cochair", false, 1, AT)));
        given(positions.proposals(3L)).willReturn(List.of());
        given(user.party()).willReturn(Optional.of("ROK"));
        given(permissions.mayTakePositionsForTheirParty()).willReturn(true);
    }

    @Test
    void showsTheItemWithThePositionsAndTheFormForThePartyAskedInKorean() throws Exception {
        mvc.perform(get("/reviews/3").param("lang", "ko")).andExpect(status().isOk())
                .andExpect(view().name("reviews/detail"))
                .andExpect(content().string(allOf(containsString("Tamiflu trucks"), containsString("협의체 대기열"),
                        containsString("동의"), containsString("Fine by us"), containsString("/reviews/3/positions"),
                        not(containsString("/reviews/3/procedure")))));
    }

    @Test
    void offersTheWrittenProcedureOnlyToWhoRunsReviewsOnANoObjectionItem() throws Exception {
        given(permissions.mayRunReviews()).willReturn(true);
        given(reviews.find(3L)).willReturn(item(Stage.QUEUED, Review.NO_OBJECTION));
        mvc.perform(get("/reviews/3")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/reviews/3/procedure")));
    }

    @Test
    void takesThePositionAndSaysSo() throws Exception {
        mvc.perform(post("/reviews/3/positions").with(csrf()).param("kind", "CONCUR").param("text", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/reviews/3"))
                .andExpect(flash().attribute("message", "Position taken."));
        verify(positions).take(3L, new TakePosition(PositionKind.CONCUR, ""));
    }

    @Test
    void namesTheFieldOfAnUnknownPositionInKorean() throws Exception {
        mvc.perform(post("/reviews/3/positions").param("lang", "ko").with(csrf()).param("kind", "MAYBE"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/reviews/3"))
                .andExpect(flash().attribute("actionError", allOf(containsString("입장: "),
                        containsString("CONCUR, CONCUR_WITH_CONDITIONS, OBJECT, HOLD"))));
        verify(positions, never()).take(anyLong(), any());
    }

    @Test
    void flashesTheServicesRefusalNamingItsField() throws Exception {
        given(positions.take(3L, new TakePosition(PositionKind.CONCUR_WITH_CONDITIONS, null))).willThrow(
                new RuleViolationException("text", "refusal.decision.conditionsRequired"));
        mvc.perform(post("/reviews/3/positions").with(csrf()).param("kind", "CONCUR_WITH_CONDITIONS"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/reviews/3"))
                .andExpect(flash().attribute("actionError",
                        "Conditions or reason: concurring with conditions needs the conditions"));
    }

    @Test
    void adoptsAProposalInKorean() throws Exception {
        mvc.perform(post("/reviews/3/proposals/8/adoption").param("lang", "ko").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/reviews/3"))
                .andExpect(flash().attribute("message", "제안을 소속 당사자의 입장으로 채택했습니다."));
        verify(positions).adopt(3L, 8L);
    }

    @Test
    void listsTheItemsOfTheForumChosen() throws Exception {
        Forum forum = mock(Forum.class);
        given(forum.code()).willReturn("wg");
        given(forum.name(any())).willReturn("Working group");
        given(forums.forums()).willReturn(List.of(forum));
        given(reviews.items("wg")).willReturn(List.of(item(Stage.QUEUED, "CONSENSUS")));
        mvc.perform(get("/reviews").param("forum", "wg")).andExpect(status().isOk())
                .andExpect(view().name("reviews/queue"))
                .andExpect(content().string(allOf(containsString("Working group"),
                        containsString("T-2026-0001 · Tamiflu trucks"), containsString("href=\"/reviews/3\""))));
    }

    @Test
    void recordsADelegationAndNamesTheMember() throws Exception {
        given(positions.delegations()).willReturn(List.of());
        NewDelegation asked = new NewDelegation("rok.member", LocalDate.parse("2026-12-01"),
                LocalDate.parse("2026-12-24"));
        given(positions.delegate(asked)).willReturn(new Delegation(2L, "ROK", "rok.member", asked.from(), asked.to(),
                "rok.cochair", AT, null, null));
        mvc.perform(post("/reviews/delegations").with(csrf()).param("delegate", "rok.member")
                        .param("from", "2026-12-01").param("to", "2026-12-24"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/reviews/delegations"))
                .andExpect(flash().attribute("message", "Delegation to rok.member recorded."));
    }

    @Test
    void namesTheFieldOfADelegationRefusedInKorean() throws Exception {
        mvc.perform(post("/reviews/delegations").param("lang", "ko").with(csrf()).param("delegate", "rok.member")
                        .param("from", "2026-12-01").param("to", "Christmas"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/reviews/delegations"))
                .andExpect(flash().attribute("actionError", "종료일: 2019-01-11 같은 날짜가 아닙니다"));
        verify(positions, never()).delegate(any());
    }

    @Test
    void showsARevocationRefusedOnTheDelegationsPage() throws Exception {
        given(positions.revoke(2L)).willThrow(new RuleViolationException("id", "refusal.decision.revokedAlready", 2L));
        mvc.perform(post("/reviews/delegations/2/revocation").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/reviews/delegations"))
                .andExpect(flash().attribute("actionError", "delegation 2 is revoked already"));
        given(positions.delegations()).willReturn(List.of());
        mvc.perform(get("/reviews/delegations").flashAttr("actionError", "delegation 2 is revoked already"))
                .andExpect(status().isOk()).andExpect(view().name("reviews/delegations"))
                .andExpect(content().string(containsString("delegation 2 is revoked already")));
    }

    @Test
    @WithAnonymousUser
    void sendsAnAnonymousVisitorToSignIn() throws Exception {
        mvc.perform(get("/reviews/3")).andExpect(sentToSignIn());
        mvc.perform(post("/reviews/3/procedure").with(csrf())).andExpect(sentToSignIn());
        verify(reviews, never()).circulate(anyLong());
    }
}
