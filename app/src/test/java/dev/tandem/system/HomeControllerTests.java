package dev.tandem.system;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.casefile.CaseCategory;
import dev.tandem.casefile.CaseManagement;
import dev.tandem.casefile.CasePage;
import dev.tandem.casefile.CaseStatus;
import dev.tandem.casefile.CaseSummary;
import dev.tandem.forum.Forum;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.ForumStatus;
import dev.tandem.forum.Party;
import dev.tandem.common.Refusals;
import dev.tandem.identity.Permissions;
import dev.tandem.identity.Role;
import dev.tandem.identity.UserManagement;
import dev.tandem.identity.UserView;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(HomeController.class)
@Import({Refusals.class, FormErrors.class, FormFields.class})
@WithMockUser(username = "rok.cochair", roles = "CO_CHAIR")
class HomeControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    UserManagement users;
    @MockitoBean
    ForumManagement forums;
    @MockitoBean
    CaseManagement cases;
    @MockitoBean
    dev.tandem.decision.ForumReviews reviews;
    @MockitoBean(name = "noticeBoard")
    dev.tandem.clock.NoticeBoard notices;
    /** The page and the controller ask it what to show; the slice has no account, so each test answers. */
    @MockitoBean(name = "permissions")
    Permissions permissions;

    @BeforeEach
    void aCoChairOfTheRok() {
        given(users.currentUser()).willReturn(Optional.of(new UserView("rok.cochair", "Noh Kyu-duk", Role.CO_CHAIR,
                "ROK", null, null, false, true)));
        given(forums.parties()).willReturn(List.of(new Party("ROK", "Republic of Korea", "대한민국")));
        Forum forum = mock(Forum.class);
        given(forum.code()).willReturn("working-group");
        given(forum.name(any())).willReturn("Working group");
        given(forum.status()).willReturn(ForumStatus.ACTIVE);
        given(forums.forums()).willReturn(List.of(forum));
        given(cases.cases(null, 0, 8)).willReturn(new CasePage(List.of(new CaseSummary("T-2026-0001",
                "Tuberculosis medicines", CaseCategory.values()[0], "applicant", null, "working-group",
                CaseStatus.SUBMITTED, LocalDate.parse("2026-11-02"))), 0, 8, 1));
    }

    @Test
    void greetsTheUserWithRoleAndPartyInThePagesLanguage() throws Exception {
        mvc.perform(get("/").param("lang", "ko")).andExpect(status().isOk()).andExpect(view().name("home"))
                .andExpect(content().string(allOf(containsString("Noh Kyu-duk님, 환영합니다"),
                        containsString("역할: 공동의장"), containsString("소속 당사국: 대한민국"))));
    }

    @Test
    void listsTheRecentCasesAndTheForumsToWhoeverMaySeeForums() throws Exception {
        given(permissions.maySeeForums()).willReturn(true);
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("T-2026-0001 · Tuberculosis medicines"),
                        containsString("href=\"/forums/working-group\""))));
    }

    @Test
    void leavesTheForumsOutForWhoeverMayNotSeeThem() throws Exception {
        given(permissions.maySeeForums()).willReturn(false);
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/forums/working-group\""))));
        verify(forums, never()).forums();
    }
}
