package dev.tandem.notes;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.common.ConflictException;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.Refusals;
import dev.tandem.identity.PageSecurity;
import dev.tandem.identity.Permissions;
import dev.tandem.system.FormErrors;
import dev.tandem.system.FormFields;

import static dev.tandem.identity.PageSecurity.sentToSignIn;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(NoteController.class)
@Import({Refusals.class, FormErrors.class, FormFields.class, PageSecurity.class})
@WithMockUser(username = "rok.member", roles = "MEMBER")
class NoteControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    InternalNotes notes;
    /** The layout asks it which links to show; the slice has no account to ask about. */
    @MockitoBean(name = "permissions")
    Permissions permissions;

    @BeforeEach
    void pagesWithNotes() {
        given(notes.pagePath("case", "T-2026-0001")).willReturn("/cases/T-2026-0001");
        given(notes.pagePath("agenda-item", "3")).willReturn("/sessions/7#item-3");
        given(notes.pagePath("shipment", "9")).willThrow(new InvalidInputException("kind", "refusal.notes.kind",
                "shipment", "case, review, agenda-item"));
    }

    @Test
    void writesTheNoteAndGoesBackToThePagesNotes() throws Exception {
        mvc.perform(post("/notes/case/T-2026-0001").with(csrf()).param("text", "Ask MOFA about the trucks"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/T-2026-0001#notes"))
                .andExpect(flash().attributeCount(0));
        verify(notes).write("case", "T-2026-0001", "Ask MOFA about the trucks");
    }

    @Test
    void goesBackToTheItemOfAPageWithSeveralThingsNotes() throws Exception {
        mvc.perform(post("/notes/agenda-item/3/12").with(csrf()).param("text", "Edited").param("version", "2"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sessions/7#item-3"));
        verify(notes).edit(12L, "Edited", 2);
    }

    @Test
    void flashesTheRefusalInKoreanWithWhatWasTypedForTheNotesForm() throws Exception {
        given(notes.write("case", "T-2026-0001", "x".repeat(5))).willThrow(
                new InvalidInputException("text", "refusal.notes.tooLong", 4));
        mvc.perform(post("/notes/case/T-2026-0001").param("lang", "ko").with(csrf()).param("text", "xxxxx"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/T-2026-0001#notes"))
                .andExpect(flash().attribute("noteErrors", Map.of("text", "4자를 넘습니다")))
                .andExpect(flash().attribute("noteText", "xxxxx"))
                .andExpect(flash().attribute("noteFor", "case:T-2026-0001"));
    }

    @Test
    void flashesAnEditMadeOnAnOldVersion() throws Exception {
        given(notes.edit(12L, "Late", 1)).willThrow(new ConflictException("version", "refusal.notes.changed", 12L));
        mvc.perform(post("/notes/case/T-2026-0001/12").with(csrf()).param("text", "Late").param("version", "1"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/T-2026-0001#notes"))
                .andExpect(flash().attribute("noteErrors",
                        Map.of("version", "note 12 was changed meanwhile; reload and try again")))
                .andExpect(flash().attribute("noteFor", "case:T-2026-0001"));
    }

    @Test
    void answersAKindWithoutNotesWithTheNotFoundPage() throws Exception {
        mvc.perform(post("/notes/shipment/9").param("lang", "ko").with(csrf()).param("text", "x"))
                .andExpect(status().isNotFound()).andExpect(view().name("error/404"))
                .andExpect(content().string(containsString("이 주소에는 아무것도 없습니다.")));
        verify(notes, never()).write(any(), any(), any());
    }

    @Test
    void refusesAVersionThatIsNotANumberWithoutAnError() throws Exception {
        mvc.perform(post("/notes/case/T-2026-0001/12").with(csrf()).param("text", "x").param("version", "two"))
                .andExpect(status().isBadRequest());
        verify(notes, never()).edit(12L, "x", null);
    }

    @Test
    @WithAnonymousUser
    void sendsAnAnonymousVisitorToSignIn() throws Exception {
        mvc.perform(post("/notes/case/T-2026-0001").with(csrf()).param("text", "x")).andExpect(sentToSignIn());
        verify(notes, never()).write(any(), any(), any());
    }
}
