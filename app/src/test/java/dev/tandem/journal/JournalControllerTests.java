package dev.tandem.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.common.Refusals;
import dev.tandem.identity.Permissions;
import dev.tandem.system.FormErrors;
import dev.tandem.system.FormFields;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(JournalController.class)
@Import({Refusals.class, FormErrors.class, FormFields.class})
@WithMockUser(username = "auditor", roles = "AUDITOR")
class JournalControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Journal journal;
    /** The layout asks it which links to show; the slice has no account to ask about, so the auditor's answers. */
    @MockitoBean(name = "permissions")
    Permissions permissions;

    @BeforeEach
    void anAuditor() {
        given(permissions.mayReadJournal()).willReturn(true);
        given(journal.verifySinceCheckpoint()).willReturn(new JournalVerification(200, List.of()));
    }

    private static JournalEntry entry(long seq) {
        return new JournalEntry(seq, Instant.parse("2026-11-26T01:02:03Z"), "secretariat", "ROK",
                "case.submitted", "case", "C-" + seq, null, "{\"status\":\"SUBMITTED\"}", "checked", "h0", "h1");
    }

    @Test
    void showsTheEntriesOfTheFilteredSubjectInUtc() throws Exception {
        given(journal.entries(null, JournalController.PAGE,
                new JournalFilter("case", "C-7", null, null, null, null))).willReturn(List.of(entry(7)));
        mvc.perform(get("/journal").param("subjectType", "case").param("subjectId", "C-7"))
                .andExpect(status().isOk()).andExpect(view().name("journal/list"))
                .andExpect(content().string(allOf(containsString("case.submitted"),
                        containsString("2026-11-26 01:02:03 UTC"), containsString("secretariat (ROK)"),
                        containsString("value=\"C-7\""), not(containsString("before=")))));
    }

    @Test
    void linksToOlderEntriesWhenAPageIsFull() throws Exception {
        List<JournalEntry> page = new ArrayList<>();
        for (long seq = 200; seq > 200 - JournalController.PAGE; seq--) {
            page.add(entry(seq));
        }
        given(journal.entries(null, JournalController.PAGE, JournalFilter.NONE)).willReturn(page);
        mvc.perform(get("/journal")).andExpect(status().isOk())
                .andExpect(content().string(containsString("before=" + (200 - JournalController.PAGE + 1))));
    }

    @Test
    void answersAnHtmxChainCheckWithItsFragmentAlone() throws Exception {
        given(journal.verifyAndKeep()).willReturn(new JournalVerification(12, List.of()));
        mvc.perform(post("/journal/verify").with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The chain is intact: 12 entries checked."),
                        not(containsString("<html")))));
    }

    @Test
    void namesEachBrokenEntryInThePagesLanguage() throws Exception {
        given(journal.verifyAndKeep()).willReturn(new JournalVerification(12,
                List.of(new JournalVerification.Problem(5, "hash mismatch"))));
        mvc.perform(post("/journal/verify").with(csrf()).param("lang", "ko"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("연결이 끊어졌습니다: 12건 검사, 문제 1건."),
                        containsString("5번 기록: hash mismatch"), containsString("<html"))));
    }

    @Test
    void saysWhichEntriesItCheckedAfterTheLastCheckpoint() throws Exception {
        given(journal.verifySinceCheckpoint()).willReturn(new JournalVerification(3, List.of(), 198, 200,
                new JournalVerification.Checkpoint(197, "h197", Instant.parse("2026-11-26T01:02:03Z"))));
        mvc.perform(get("/journal")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The chain is intact: 3 entries checked."),
                        containsString("Checked entries 198 to 200: up to entry 197 the whole chain was found intact "
                                + "at 2026-11-26 01:02:03 UTC."))));
    }
}
