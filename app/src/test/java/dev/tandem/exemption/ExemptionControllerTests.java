package dev.tandem.exemption;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.casefile.CaseFile;
import dev.tandem.casefile.CaseManagement;
import dev.tandem.common.PageActions;
import dev.tandem.common.Refusals;
import dev.tandem.common.RuleViolationException;
import dev.tandem.identity.PageSecurity;
import dev.tandem.identity.Permissions;
import dev.tandem.system.FormErrors;
import dev.tandem.system.FormFields;

import static dev.tandem.identity.PageSecurity.sentToSignIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ExemptionController.class)
@Import({Refusals.class, PageActions.class, FormErrors.class, FormFields.class, PageSecurity.class})
@WithMockUser(username = "secretariat", roles = "SECRETARIAT")
class ExemptionControllerTests {

    private static final String REF = "E-2026-0001";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ExemptionManagement exemptions;
    @MockitoBean
    CaseManagement cases;
    @MockitoBean
    PublicVerification verification;
    @MockitoBean
    PublicRequestLimits limits;
    /** The panel asks it which forms to show; the slice has no account to ask about, so the secretariat's. */
    @MockitoBean(name = "permissions")
    Permissions permissions;

    private CaseFile file;
    private ExemptionRequest drafted;

    @BeforeEach
    void aCaseWithADraftedRequest() {
        file = mock(CaseFile.class);
        given(file.ref()).willReturn("T-2026-0001");
        given(file.title()).willReturn("Tamiflu");
        drafted = new ExemptionRequest(1L, REF, file.ref(), "ROK",
                new RequestDetails("MOFA", null, null, null, null, null, null, null), ExemptionStage.DRAFTED, null,
                null, null, null, null, null, Instant.parse("2026-11-20T00:00:00Z"), 0, List.of(),
                List.of(new ExemptionStep(ExemptionStage.DRAFTED, LocalDate.parse("2026-11-20"), null, "secretariat",
                        null)), List.of(), List.of());
        given(cases.caseFile(file.ref())).willReturn(file);
        given(exemptions.ofCase(file.ref())).willReturn(List.of(drafted));
        given(exemptions.request(REF)).willReturn(drafted);
        given(exemptions.missing(REF)).willReturn(List.of("nature"));
        given(exemptions.packages(REF)).willReturn(List.of());
        given(exemptions.today()).willReturn(LocalDate.parse("2026-11-26"));
        given(exemptions.validityRules()).willReturn(List.of(new ValidityRule(LocalDate.parse("2024-01-01"), 9, null,
                "S/1718/WP.1")));
        given(permissions.mayRunExemptions()).willReturn(true);
    }

    @Test
    void showsThePanelWithTheRequestItsStepsAndWhatIsMissingInKorean() throws Exception {
        mvc.perform(get("/cases/" + file.ref() + "/exemptions").param("lang", "ko")).andExpect(status().isOk())
                .andExpect(view().name("exemption/panel"))
                .andExpect(content().string(allOf(containsString("유엔 1718 제재 면제 · " + file.ref()),
                        containsString(REF), containsString("작성"), containsString("data-field=\"nature\""),
                        containsString("value=\"MOFA\""), containsString("/exemptions/" + REF + "/steps"))));
    }

    @Test
    void hidesTheSecretariatsFormsFromOthers() throws Exception {
        given(permissions.mayRunExemptions()).willReturn(false);
        mvc.perform(get("/cases/" + file.ref() + "/exemptions")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(REF),
                        not(containsString("/exemptions/" + REF + "/steps")))));
    }

    @Test
    void recordsAStepAndGoesBackToTheRequest() throws Exception {
        mvc.perform(post("/exemptions/" + REF + "/steps").with(csrf()).param("stage", "NATIONAL_REVIEW")
                        .param("on", "2026-11-26"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + file.ref() + "/exemptions#" + REF))
                .andExpect(flash().attribute("message", "Step of " + REF + " recorded."));
        verify(exemptions).record(REF, new StepCommand(ExemptionStage.NATIONAL_REVIEW, LocalDate.parse("2026-11-26"),
                null, null, null, null));
    }

    @Test
    void flashesTheServicesRefusalInKorean() throws Exception {
        willThrow(new RuleViolationException("stage", "refusal.exemption.notADate")).given(exemptions)
                .record(anyString(), any());
        mvc.perform(post("/exemptions/" + REF + "/steps").param("lang", "ko").with(csrf())
                        .param("stage", "NATIONAL_REVIEW"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + file.ref() + "/exemptions#" + REF))
                .andExpect(flash().attribute("actionError", "날짜가 아닙니다(YYYY-MM-DD)"));
    }

    @Test
    void namesAStepThatIsNoStageInKoreanWithoutAskingTheService() throws Exception {
        mvc.perform(post("/exemptions/" + REF + "/steps").param("lang", "ko").with(csrf()).param("stage", "LATER")
                        .param("on", "2026-11-26"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + file.ref() + "/exemptions#" + REF))
                .andExpect(flash().attribute("actionError", allOf(containsString("단계: "),
                        containsString("DRAFTED, NATIONAL_REVIEW"))));
        verify(exemptions, never()).record(anyString(), any());
    }

    @Test
    void namesAnExtensionDateThatIsNotOne() throws Exception {
        mvc.perform(post("/exemptions/" + REF + "/extensions").with(csrf()).param("until", "next year"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("actionError", "Until: is not a date like 2019-01-11"));
        verify(exemptions, never()).requestExtension(anyString(), any());
    }

    @Test
    void refusesAShipmentDateThatIsNotOneBeforeAskingTheService() throws Exception {
        mvc.perform(post("/exemptions/" + REF + "/shipments").with(csrf()).param("shippedOn", "26/11/2026")
                        .param("line-1", "5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("actionError", "is not a date (YYYY-MM-DD)"));
        verify(exemptions, never()).ship(anyString(), any());
    }

    @Test
    void draftsARequestForTheCase() throws Exception {
        given(exemptions.draft(file.ref(), null)).willReturn(drafted);
        mvc.perform(post("/cases/" + file.ref() + "/exemptions").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/" + file.ref() + "/exemptions"))
                .andExpect(flash().attribute("message", "Exemption request " + REF + " drafted."));
    }

    @Test
    @WithAnonymousUser
    void letsAnyoneVerifyAPublishedExemptionInKorean() throws Exception {
        given(verification.verify("E-2019-0003")).willReturn(Optional.of(new VerifiedExemption("E-2019-0003", "ROK",
                "대한민국", "Ministry of Unification", "Tamiflu for influenza", LocalDate.parse("2019-01-11"),
                LocalDate.parse("2019-01-11"), LocalDate.parse("2019-10-11"), true, 2,
                List.of(new VerifiedExemption.Item(1, "Oseltamivir", null, "3004.90", "boxes", new BigDecimal("20"),
                        BigDecimal.ZERO, new BigDecimal("20"))), List.of())));
        mvc.perform(get("/verify/E-2019-0003").param("lang", "ko")).andExpect(status().isOk())
                .andExpect(view().name("exemption/verify"))
                .andExpect(content().string(allOf(containsString("유엔 1718 제재 면제 확인"),
                        containsString("Ministry of Unification · 대한민국"), containsString("유효"),
                        containsString("Oseltamivir"))));
    }

    @Test
    @WithAnonymousUser
    void answersAnUnknownReferenceWith404AndSaysSo() throws Exception {
        given(verification.verify("E-2019-9999")).willReturn(Optional.empty());
        mvc.perform(get("/verify/E-2019-9999")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No published exemption has the reference E-2019-9999.")));
        mvc.perform(get("/verify").param("reference", " E-2019-9999 ")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/verify/E-2019-9999"));
    }

    @Test
    @WithAnonymousUser
    void refusesTooManyVerificationsWithTheTimeToWait() throws Exception {
        willThrow(new TooManyRequestsException(30)).given(limits).check(any());
        mvc.perform(get("/verify/E-2019-0003").param("lang", "ko")).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(content().string(containsString("30초 후에 다시 시도하십시오")));
        verify(verification, never()).verify(anyString());
    }

    @Test
    @WithAnonymousUser
    void sendsAnAnonymousVisitorOfThePanelToSignIn() throws Exception {
        mvc.perform(get("/cases/" + file.ref() + "/exemptions")).andExpect(sentToSignIn());
        mvc.perform(post("/exemptions/" + REF + "/packages").with(csrf())).andExpect(sentToSignIn());
        verify(exemptions, never()).generatePackage(anyString());
    }
}
