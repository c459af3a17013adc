package dev.tandem.reporting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.common.Refusals;
import dev.tandem.forum.ForumManagement;
import dev.tandem.identity.PageSecurity;
import dev.tandem.identity.Permissions;

import static dev.tandem.identity.PageSecurity.sentToSignIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard and its exports as the web layer answers them; the figures are the service's (mocked here). */
@WebMvcTest({ReportController.class, ReportExportController.class})
@Import({Refusals.class, ReportView.class, PageSecurity.class})
@WithMockUser(username = "secretariat", roles = "SECRETARIAT")
class ReportControllerTests {

    private static final ReportFilter YEAR_2019 = new ReportFilter(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31),
            null, null, null);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Reports reports;
    @MockitoBean
    WhatIf whatIf;
    @MockitoBean
    ReportPdf pdf;
    @MockitoBean
    ForumManagement forums;
    @MockitoBean(name = "permissions")
    Permissions permissions;

    @BeforeEach
    void twoUnExemptions() {
        given(permissions.maySeeReports()).willReturn(true);
        ReportTable time = new ReportTable("time-by-route", List.of("route", "decided", "median_days", "p90_days",
                "median_working_days", "p90_working_days"), List.of(List.of("UN", 2L, 14L, 14L, 8L, 9L)));
        ReportTable charter = new ReportTable("time-by-charter", List.of("charter_forum", "charter_version", "charter",
                "decided", "median_days", "p90_days", "median_working_days", "p90_working_days"),
                List.of(Arrays.asList("wg", 1L, null, 2L, 14L, 14L, 8L, 9L)));
        given(reports.dashboard(eq(YEAR_2019), any())).willReturn(new Dashboard(YEAR_2019, YEAR_2019.to(), 2,
                List.of(time, charter)));
    }

    @Test
    void showsEachTableWithItsChartAndLabelsInEnglishAndKorean() throws Exception {
        mvc.perform(get("/reports").param("from", "2019-01-01").param("to", "2019-12-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2 cases filed from 2019-01-01 to 2019-12-31"),
                        containsString("<caption>Days from filing to decision, by route</caption>"),
                        containsString("Median working days"), containsString("UN exemption"),
                        containsString("data-chart="))));
        mvc.perform(get("/reports").param("from", "2019-01-01").param("to", "2019-12-31").param("lang", "ko"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("경로별 접수에서 결정까지의 일수"),
                        containsString("근무일 중앙값"), containsString("유엔 면제"))));
    }

    @Test
    void namesTheFieldOfADateThatIsNoneInTheReadersLanguageAndAsksNothing() throws Exception {
        mvc.perform(get("/reports").param("from", "2019-13-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("From: &#39;2019-13-01&#39; is not a date"),
                        not(containsString("data-chart=")))));
        mvc.perform(get("/reports").param("from", "어제").param("lang", "ko"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("시작일: &#39;어제&#39;은(는) 날짜가 아닙니다")));
        verify(reports, never()).dashboard(any(), any());
    }

    @Test
    void namesTheTracksThereAreForAnUnknownOne() throws Exception {
        mvc.perform(get("/reports").param("track", "SPORTS"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("SPORTS"), containsString("DENUCLEARIZATION"))));
    }

    @Test
    void streamsAnExportAsAnAttachmentNamedByTableAndPeriod() throws Exception {
        willAnswer(call -> {
            ((java.io.OutputStream) call.getArgument(4)).write("route,decided\r\nUN,2\r\n".getBytes());
            return null;
        }).given(reports).export(eq("time-by-route"), eq(Reports.Format.CSV), eq(YEAR_2019), any(), any());
        mvc.perform(get("/reports/export/time-by-route.csv").param("from", "2019-01-01").param("to", "2019-12-31"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        containsString("filename=\"time-by-route-2019-01-01-2019-12-31.csv\"")))
                .andExpect(content().string("route,decided\r\nUN,2\r\n"));
    }

    @Test
    void refusesAnUnknownTableOrFormatNamingTheField() throws Exception {
        mvc.perform(get("/reports/export/secrets.csv").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("table"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("there is no table 'secrets'")));
        mvc.perform(get("/reports/export/cases.xml").header("Accept-Language", "ko"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        verify(reports, never()).export(any(), any(), any(), any(), any());
    }

    @Test
    @WithAnonymousUser
    void sendsAnAnonymousVisitorToSignIn() throws Exception {
        mvc.perform(get("/reports")).andExpect(sentToSignIn());
        mvc.perform(get("/reports/export/cases.csv")).andExpect(sentToSignIn());
        mvc.perform(get("/reports/what-if")).andExpect(sentToSignIn());
    }
}
