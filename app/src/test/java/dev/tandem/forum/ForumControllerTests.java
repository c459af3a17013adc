package dev.tandem.forum;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.common.PageActions;
import dev.tandem.common.Refusals;
import dev.tandem.identity.Permissions;
import dev.tandem.system.FormErrors;
import dev.tandem.system.FormFields;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
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

@WebMvcTest(ForumController.class)
@Import({Refusals.class, PageActions.class, FormErrors.class, FormFields.class})
@WithMockUser(username = "secretariat", roles = "SECRETARIAT")
class ForumControllerTests {

    private static final String CODE = "liaison";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ForumManagement forums;
    /** The pages ask it what to show; the slice has no account to ask about, so the secretariat's answers. */
    @MockitoBean(name = "permissions")
    Permissions permissions;

    private final Forum forum = Forum.establish(CODE, "Liaison office", "연락사무소", ForumKind.values()[0],
            Set.of("ROK", "DPRK"), LocalDate.parse("2018-09-14"), null);

    @BeforeEach
    void aForum() {
        given(forums.forum(CODE)).willReturn(forum);
        given(forums.forums()).willReturn(List.of(forum));
        given(permissions.maySeeForums()).willReturn(true);
        given(permissions.mayKeepForumRecords()).willReturn(true);
    }

    @Test
    void showsTheForumWithItsEventForm() throws Exception {
        mvc.perform(get("/forums/" + CODE)).andExpect(status().isOk()).andExpect(view().name("forums/detail"))
                .andExpect(content().string(allOf(containsString("name=\"on\""),
                        containsString("maxlength=\"" + ForumLimits.NOTE + "\""))));
    }

    @Test
    void recordsAnEventAndGoesBackToTheForum() throws Exception {
        given(forums.recordEvent(CODE, ForumStatus.ACTIVE, LocalDate.parse("2018-09-15"), "opened"))
                .willReturn(forum);
        mvc.perform(post("/forums/" + CODE + "/events").with(csrf()).param("status", "ACTIVE")
                        .param("on", "2018-09-15").param("note", " opened "))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/forums/" + CODE))
                .andExpect(flash().attributeExists("message"));
    }

    @Test
    void answersAnHtmxPostWithTheTimelineFragmentAlone() throws Exception {
        given(forums.recordEvent(any(), any(), any(), any())).willReturn(forum);
        mvc.perform(post("/forums/" + CODE + "/events").with(csrf()).header("HX-Request", "true")
                        .param("status", "ACTIVE").param("on", "2018-09-15"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"timeline\""), not(containsString("<html")))));
    }

    @Test
    void refusesAnUnknownStatusAndABadDateBesideTheirFieldsKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/forums/" + CODE + "/events").with(csrf()).header("HX-Request", "true")
                        .param("status", "EXPLODED").param("on", "2018-02-30").param("note", "typed"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("is not one of ESTABLISHED"),
                        containsString("is not a date like 2019-01-11"), containsString("id=\"on-error\""),
                        containsString("value=\"2018-02-30\""), containsString("value=\"typed\""))));
        verify(forums, never()).recordEvent(any(), any(), any(), any());
    }

    @Test
    void asksForConfirmationBeforeTerminatingInThePagesLanguage() throws Exception {
        mvc.perform(post("/forums/" + CODE + "/events").param("lang", "ko").with(csrf())
                        .param("status", "TERMINATED").param("on", "2020-06-16"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("확인란을 선택하십시오")));
        verify(forums, never()).recordEvent(any(), any(), any(), any());
    }
}
