package dev.tandem.screening;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.common.Refusals;
import dev.tandem.identity.Permissions;
import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.system.FormErrors;
import dev.tandem.system.FormFields;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ScreeningController.class)
@Import({Refusals.class, FormErrors.class, FormFields.class})
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class ScreeningControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ScreeningManagement screening;
    @MockitoBean
    ListImport listImport;
    /** The page asks it what to show; the slice has no account to ask about, so an administrator's answers. */
    @MockitoBean(name = "permissions")
    Permissions permissions;

    @BeforeEach
    void anAdministrator() {
        given(permissions.maySeeScreening()).willReturn(true);
        given(permissions.mayImportLists()).willReturn(true);
    }

    @Test
    void showsTheCheckAndImportFormsBoundToTheirCommands() throws Exception {
        mvc.perform(get("/screening")).andExpect(status().isOk()).andExpect(view().name("screening/index"))
                .andExpect(content().string(allOf(containsString("name=\"name\""),
                        containsString("maxlength=\"" + ScreeningLimits.NAME + "\""),
                        containsString("name=\"threshold\""), containsString("value=\"OPENSANCTIONS\""),
                        containsString("OFAC SDN (sdn.csv)"))));
    }

    @Test
    void screensTheCheckedNameAndShowsItsHits() throws Exception {
        given(screening.screen(any(), anySet(), any()))
                .willReturn(List.of(new ScreeningManagement.Screened("1", "Ri Yong Mu", List.of())));
        mvc.perform(post("/screening/check").with(csrf()).header("HX-Request", "true")
                        .param("name", "Ri Yong Mu").param("type", "PERSON").param("threshold", "0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No hits for &quot;Ri Yong Mu&quot;"),
                        not(containsString("<html")))));
        verify(screening).screen(List.of(new NameToScreen(null, "Ri Yong Mu", EntryType.PERSON, null, null)),
                java.util.Set.of(), 0.9);
    }

    @Test
    void refusesAnUnknownTypeAndABadThresholdBesideTheirFieldsKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/screening/check").with(csrf()).header("HX-Request", "true")
                        .param("name", "Ri Yong Mu").param("type", "SHIP").param("threshold", "high"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("PERSON, ORGANISATION, VESSEL, AIRCRAFT"),
                        containsString("id=\"type-error\""), containsString("id=\"threshold-error\""),
                        containsString("is not a number between 0 and 1"), containsString("value=\"high\""),
                        containsString("value=\"Ri Yong Mu\""))));
        verify(screening, never()).screen(any(), any(), any());
    }

    @Test
    void refusesABlankNameAndAThresholdAboveOneInThePagesLanguage() throws Exception {
        mvc.perform(post("/screening/check").param("lang", "ko").with(csrf())
                        .param("name", " ").param("threshold", "1.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("0보다 크고 1 이하여야 합니다"),
                        containsString("id=\"name-error\""))));
        verify(screening, never()).screen(any(), any(), any());
    }

    @Test
    void decidesAHitAndGoesBackToTheOpenHits() throws Exception {
        given(screening.decide(7L, HitStatus.FALSE_POSITIVE, "born 1990 in Busan", 3))
                .willReturn(new HitView(7, "test:1", "Ri Yong Mu", ListSource.UN, "KPi.053", "RI YONG MU",
                        "RI YONG MU", 0.91, "why", HitStatus.FALSE_POSITIVE, null, "rok.cochair", null,
                        "born 1990 in Busan", 4, false, null, null, null, null, null));
        mvc.perform(post("/screening/hits/7/decision").with(csrf()).param("decision", "FALSE_POSITIVE")
                        .param("reason", "born 1990 in Busan").param("version", "3"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/screening#hits"))
                .andExpect(flash().attributeExists("message"));
    }

    @Test
    void refusesADecisionWithoutAReasonOrWithAnUnknownValueOnTheHitsRow() throws Exception {
        mvc.perform(post("/screening/hits/7/decision").with(csrf()).param("decision", "FALSE_POSITIVE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("hitErrors", java.util.Map.of(7L, "Reason: is required")));
        mvc.perform(post("/screening/hits/7/decision").with(csrf()).param("decision", "MAYBE")
                        .param("reason", "x"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("hitErrors", java.util.Map.of(7L,
                        "Decision: is not one of OPEN, TRUE_MATCH, FALSE_POSITIVE, DELISTED")));
        mvc.perform(post("/screening/hits/7/confirmation").with(csrf()).param("confirmed", "perhaps")
                        .param("reason", "x").param("lang", "ko"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("hitErrors", java.util.Map.of(7L,
                        "확인 여부: true 또는 false여야 합니다")));
        verify(screening, never()).decide(anyLong(), any(), any(), any());
        verify(screening, never()).confirmFalsePositive(anyLong(), any(), any(), any());
    }

    @Test
    void importsAListNamedInAnyCase() throws Exception {
        given(listImport.importFile(eq(ListSource.UN), any(Path.class), eq("consolidated.xml")))
                .willReturn(new ListImport.Result(new ListVersionSummary(5, ListSource.UN, null, "abc", "consolidated.xml",
                        null, "admin", 1003, 0, 0, 0, 0), false, true, 3, 1, 2, 0));
        mvc.perform(multipart("/screening/lists").file(new MockMultipartFile("file", "consolidated.xml", "text/xml",
                        "<x/>".getBytes())).param("source", "un").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/screening#lists"))
                .andExpect(flash().attributeExists("message"));
    }

    @Test
    void refusesAnImportWithoutAFileOrWithAnUnknownListBesideTheFields() throws Exception {
        mvc.perform(multipart("/screening/lists").file(new MockMultipartFile("file", "", "text/xml", new byte[0]))
                        .param("source", "eu").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"file-error\""),
                        containsString("id=\"source-error\""), containsString("UN, OFAC, OPENSANCTIONS"))));
        verify(listImport, never()).importFile(any(), any(), anyString());
    }
}
