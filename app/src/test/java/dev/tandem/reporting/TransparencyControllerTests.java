package dev.tandem.reporting;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.tandem.common.Refusals;
import dev.tandem.identity.PageSecurity;
import dev.tandem.identity.Permissions;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public transparency report's page and API: no sign-in, the period checked, the table as the service gives it. */
@WebMvcTest({TransparencyController.class, TransparencyApiController.class})
@Import({Refusals.class, ReportView.class, PageSecurity.class})
@WithAnonymousUser
class TransparencyControllerTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    TransparencyReport report;
    @MockitoBean(name = "permissions")
    Permissions permissions;

    private static final ReportTable TABLE = new ReportTable("transparency", List.of("year_filed", "forum", "route",
            "filed", "decided", "median_days"), List.of(List.of(2019L, "rok-us-working-group", "UN", "fewer than 3",
            "fewer than 3", "—")));

    @Test
    void showsTheAggregatesToAnyoneWithoutSigningIn() throws Exception {
        given(report.table(LocalDate.of(2019, 1, 1), null)).willReturn(TABLE);
        mvc.perform(get("/transparency").param("from", "2019-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Transparency report"),
                        containsString("rok-us-working-group"), containsString("UN exemption"))));
        mvc.perform(get("/api/transparency").param("from", "2019-01-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns[0]").value("year_filed"))
                .andExpect(jsonPath("$.rows[0][3]").value("fewer than 3"));
    }

    @Test
    void namesTheFieldOfABadDateOnThePageAndInTheApiNeverAnError() throws Exception {
        mvc.perform(get("/transparency").param("to", "2019-02-30").param("lang", "ko"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&#39;2019-02-30&#39;은(는) 날짜가 아닙니다")));
        mvc.perform(get("/api/transparency").param("to", "soon").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("'soon' is not a date")));
        verify(report, never()).table(any(), any());
    }
}
