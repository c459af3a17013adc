package dev.tandem.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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

import dev.tandem.common.PageActions;
import dev.tandem.common.Refusals;
import dev.tandem.common.RuleViolationException;
import dev.tandem.forum.ForumStatus;
import dev.tandem.forum.ForumSummary;
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
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
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

@WebMvcTest(StatementController.class)
@Import({Refusals.class, PageActions.class, FormErrors.class, FormFields.class, PageSecurity.class})
@WithMockUser(username = "rok.cochair", roles = "CO_CHAIR")
class StatementControllerTests {

    private static final String FORUM = "wg";
    private static final Instant AT = Instant.parse("2026-11-20T01:00:00Z");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    JointStatements statements;
    @MockitoBean
    SessionManagement sessions;
    @MockitoBean
    CurrentUser user;
    /** The page asks it which forms to show; the slice has no account to ask about, so a co-chair's answers. */
    @MockitoBean(name = "permissions")
    Permissions permissions;

    private final JointStatement statement = new JointStatement(5L, FORUM, 7L, "Joint statement on trucks",
            List.of(new StatementVersion(1, "Trucks may cross.", "트럭이 통과할 수 있다.", "secretariat", AT),
                    new StatementVersion(2, "Twelve trucks may cross.", "트럭 12대가 통과할 수 있다.", "secretariat", AT)),
            List.of(new Signature("ROK", 2, "rok.cochair", AT)), null, null, null, null, 3);

    @BeforeEach
    void aDraftSignedByOneParty() {
        given(statements.statement(5L)).willReturn(statement);
        given(statements.compare(5L, 1, 2)).willReturn(new JointStatements.Comparison(1, 2,
                List.of(new TextDiff.Line("CHANGE", "Trucks may cross.", "Twelve trucks may cross.")), List.of()));
        given(sessions.forum(FORUM)).willReturn(new ForumSummary(FORUM, "Working group", "워킹그룹",
                Set.of("ROK", "US"), ForumStatus.ACTIVE, null));
        given(user.party()).willReturn(Optional.of("ROK"));
        given(permissions.maySignStatements()).willReturn(true);
        given(permissions.mayDraftStatements()).willReturn(true);
        given(permissions.mayPublishStatements()).willReturn(true);
    }

    @Test
    void showsTheVersionsTheSignaturesAndTheLastTwoComparedInKorean() throws Exception {
        mvc.perform(get("/statements/5").param("lang", "ko")).andExpect(status().isOk())
                .andExpect(view().name("statements/detail"))
                .andExpect(content().string(allOf(containsString("Joint statement on trucks"),
                        containsString("트럭 12대가 통과할 수 있다."), containsString("버전 2에 서명"),
                        containsString("아직 서명하지 않음"), containsString("<td>Twelve trucks may cross.</td>"),
                        containsString("/statements/5/sign"), containsString("id=\"publish\""))));
    }

    @Test
    void hidesTheFormsOfOthersRoles() throws Exception {
        given(permissions.maySignStatements()).willReturn(false);
        given(permissions.mayPublishStatements()).willReturn(false);
        given(permissions.mayDraftStatements()).willReturn(false);
        mvc.perform(get("/statements/5")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("signed version 2"),
                        not(containsString("/statements/5/sign")), not(containsString("id=\"publish\"")),
                        not(containsString("/statements/5/versions")))));
    }

    @Test
    void draftsAStatementAndGoesToIt() throws Exception {
        given(statements.draft(FORUM, new SessionCommands.NewStatement("Joint statement on trucks", 7L,
                "Trucks may cross.", "트럭이 통과할 수 있다."))).willReturn(statement);
        mvc.perform(post("/forums/" + FORUM + "/statements").with(csrf()).param("title", "Joint statement on trucks")
                        .param("session", "7").param("textEn", "Trucks may cross.").param("textKo", "트럭이 통과할 수 있다."))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/statements/5"))
                .andExpect(flash().attributeExists("message"));
    }

    @Test
    void sendsARefusedDraftBackToTheForumsSessionsWithItsReasonsByField() throws Exception {
        mvc.perform(post("/forums/" + FORUM + "/statements").param("lang", "ko").with(csrf()).param("title", "")
                        .param("textEn", "Trucks may cross.").param("textKo", "트럭이 통과할 수 있다."))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/forums/" + FORUM + "/sessions"))
                .andExpect(flash().attribute("errors", Map.of("title", "필수 항목입니다")));
        verify(statements, never()).draft(any(), any());
    }

    @Test
    void savesTheNextVersion() throws Exception {
        mvc.perform(post("/statements/5/versions").with(csrf()).param("textEn", "Ten trucks may cross.")
                        .param("textKo", "트럭 10대가 통과할 수 있다."))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/statements/5"))
                .andExpect(flash().attribute("message", "Next version saved."));
        verify(statements).redraft(5L, new SessionCommands.Redraft("Ten trucks may cross.", "트럭 10대가 통과할 수 있다."));
    }

    @Test
    void refusesAVersionWithoutItsKoreanTextBesideItKeepingTheEnglish() throws Exception {
        mvc.perform(post("/statements/5/versions").param("lang", "ko").with(csrf())
                        .param("textEn", "Typed English").param("textKo", " "))
                .andExpect(status().isOk()).andExpect(view().name("statements/detail"))
                .andExpect(content().string(allOf(containsString("id=\"textKo-error\""),
                        containsString("필수 항목입니다"), containsString(">Typed English</textarea>"))));
        verify(statements, never()).redraft(anyLong(), any());
    }

    @Test
    void namesAVersionNumberThatIsNotOne() throws Exception {
        mvc.perform(post("/statements/5/sign").with(csrf()).param("number", "two"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is not a whole number")));
        verify(statements, never()).sign(anyLong(), anyInt());
    }

    @Test
    void showsThePublicationRefusalOnThePage() throws Exception {
        given(statements.publish(5L)).willThrow(new RuleViolationException("signatures",
                "refusal.statement.unsigned", "US"));
        mvc.perform(post("/statements/5/publish").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"signatures-error\""),
                        containsString("not every party has signed: US has not signed yet"))));
    }

    @Test
    void signsAndPublishes() throws Exception {
        mvc.perform(post("/statements/5/sign").with(csrf()).param("number", "2"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/statements/5"))
                .andExpect(flash().attribute("message", "Signed."));
        verify(statements).sign(5L, 2);
        mvc.perform(post("/statements/5/publish").param("lang", "ko").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/statements/5"))
                .andExpect(flash().attribute("message", "공동성명을 공개했습니다."));
    }

    @Test
    @WithAnonymousUser
    void sendsAnAnonymousVisitorToSignIn() throws Exception {
        mvc.perform(get("/statements/5")).andExpect(sentToSignIn());
        mvc.perform(post("/statements/5/publish").with(csrf())).andExpect(sentToSignIn());
        verify(statements, never()).publish(anyLong());
    }
}
