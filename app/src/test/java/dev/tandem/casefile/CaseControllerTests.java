package dev.tandem.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.PageActions;
import dev.tandem.common.Refusals;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(CaseController.class)
@Import({Refusals.class, PageActions.class, FormErrors.class, FormFields.class})
@WithMockUser(username = "applicant", roles = "APPLICANT")
class CaseControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CaseManagement cases;
    @MockitoBean
    CaseSearch search;
    @MockitoBean
    CaseAttachments attachments;
    @MockitoBean
    CaseQuestions questions;
    @MockitoBean
    CaseScreenings screenings;
    @MockitoBean
    ItemListImport itemLists;
    /** The role rules are the identity module's; the slice answers them as the test's user would be answered. */
    @MockitoBean(name = "permissions")
    dev.tandem.identity.Permissions permissions;

    private static CaseFile draft() {
        return CaseFile.draft(new CaseDraft("Tamiflu", "Antivirals", CaseCategory.HUMANITARIAN, null, null, null,
                false, List.of(), List.of()), "applicant", "NGO", "forum", Instant.parse("2026-01-05T00:00:00Z"));
    }

    @Test
    void showsTheFormWithTheLimitsTheCommandDeclares() throws Exception {
        mvc.perform(get("/cases/new")).andExpect(status().isOk()).andExpect(view().name("cases/new"))
                .andExpect(content().string(allOf(
                        containsString("maxlength=\"" + CaseLimits.TITLE + "\""),
                        containsString("name=\"counterparties[3].country\""),
                        containsString("maxlength=\"" + CaseLimits.COUNTRY + "\""))));
    }

    @Test
    void filesADraftAndGoesToIt() throws Exception {
        CaseFile saved = draft();
        given(cases.fileDraft(any())).willReturn(saved);
        mvc.perform(post("/cases").with(csrf()).param("title", " Tamiflu ").param("purpose", "Antivirals")
                        .param("category", "HUMANITARIAN").param("plannedFrom", "2026-02-01")
                        .param("counterparties[0].name", "Ministry of Public Health")
                        .param("counterparties[0].role", "CONSIGNEE").param("counterparties[0].kind", "ORGANISATION")
                        .param("counterparties[1].name", " "))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + saved.ref()))
                .andExpect(flash().attributeExists("message"));
        verify(cases).fileDraft(new CaseDraft("Tamiflu", "Antivirals", CaseCategory.HUMANITARIAN, null,
                LocalDate.parse("2026-02-01"), null, false, List.of(),
                List.of(new Counterparty(CounterpartyRole.CONSIGNEE, "Ministry of Public Health", "ORGANISATION", null))));
    }

    @Test
    void showsEachRefusalBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/cases").with(csrf()).param("title", "").param("purpose", "Antivirals")
                        .param("category", "CHARITY").param("plannedFrom", "2026-13-45")
                        .param("counterparties[0].name", "Ministry of Public Health")
                        .param("counterparties[0].country", "K".repeat(CaseLimits.COUNTRY + 1)))
                .andExpect(status().isOk()).andExpect(view().name("cases/new"))
                .andExpect(model().attribute("errors", org.hamcrest.Matchers.hasKey("title")))
                .andExpect(content().string(allOf(
                        containsString("id=\"title-error\""),
                        containsString("aria-describedby=\"title-error\""),
                        containsString("is not one of HUMANITARIAN, TRADE"),
                        containsString("is not a date like 2019-01-11"),
                        containsString("id=\"counterparties0.country-error\""),
                        containsString("value=\"Ministry of Public Health\""),
                        containsString("value=\"2026-13-45\""))));
        verify(cases, never()).fileDraft(any());
    }

    @Test
    void saysTheRefusalsInKoreanOnAKoreanPage() throws Exception {
        mvc.perform(post("/cases").param("lang", "ko").with(csrf()).param("title", "").param("purpose", "x")
                        .param("category", "CHARITY").param("plannedFrom", "2026-13-45"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("필수 항목입니다"),
                        containsString("허용되는 값(HUMANITARIAN"), containsString("같은 날짜가 아닙니다"),
                        not(containsString("is required")))));
    }

    @Test
    void showsTheServicesRefusalBesideItsField() throws Exception {
        given(cases.fileDraft(any())).willThrow(new InvalidInputException("plannedTo",
                "refusal.casefile.plannedToBeforeFrom", LocalDate.parse("2026-03-01")));
        mvc.perform(post("/cases").with(csrf()).param("title", "Tamiflu").param("purpose", "Antivirals")
                        .param("category", "HUMANITARIAN").param("plannedFrom", "2026-03-01")
                        .param("plannedTo", "2026-02-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"plannedTo-error\""),
                        containsString("must not be before the planned start (2026-03-01)"),
                        containsString("value=\"2026-02-01\""))));
    }

    @Test
    void refusesAnOverlongReasonBeforeTheServiceSeesIt() throws Exception {
        mvc.perform(post("/cases/T-2026-0001/withdraw").with(csrf())
                        .param("reason", "x".repeat(CaseLimits.REASON + 1)).param("version", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("actionError", containsString("Reason")));
        verify(cases, never()).withdraw(any(), any(), any());
    }

    @Test
    void saysAServiceRefusalOfAnActionInThePagesLanguage() throws Exception {
        given(cases.submit("T-2026-0001", 1)).willThrow(new InvalidInputException("items",
                "refusal.casefile.nothingToSubmit"));
        mvc.perform(post("/cases/T-2026-0001/submit").param("lang", "ko").with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("actionError", containsString("하나 이상")));
    }
}
