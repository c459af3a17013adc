package dev.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.tandem.IntegrationTest;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
class ReportPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    CaseFigures figures;

    @BeforeEach
    void fixture() {
        ReportFixture.write(jdbc, figures);
    }

    private MvcResult call(String user, String path) throws Exception {
        var request = get(path).header("Accept-Language", "en");
        return mvc.perform(user == null ? request : request.with(httpBasic(user, IntegrationTest.PASSWORD))).andReturn();
    }

    @Test
    void showsEachChartWithItsTableInEnglishAndKorean() throws Exception {
        MvcResult page = call("rok.member", "/reports?from=2010-01-01&to=2010-12-31&forum=rpt-a");
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("16 cases filed from 2010-01-01 to 2010-12-31")
                .contains("Days from filing to decision, by route").contains("data-chart=")
                .contains("echarts.min.js").contains("<caption>Open cases by age</caption>");
        String korean = mvc.perform(get("/reports?from=2010-01-01&to=2010-12-31&lang=ko")
                .with(httpBasic("rok.member", IntegrationTest.PASSWORD))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(korean).contains("경로별 접수에서 결정까지의 일수").contains("유엔 면제")
                .contains("당사자별 보류와 그 기간").contains("면제 단계별 소요 일수").contains("국내 검토");
        assertThat(html).contains("<caption>Holds by party and their length</caption>")
                .contains("<caption>Exemption approvals, validity and expiries</caption>").contains("National review");
    }

    @Test
    void filtersByTrackAndRefusesAnUnknownTrackNamingTheField() throws Exception {
        String html = call("rok.member", "/reports?from=2010-01-01&to=2010-12-31&track=INTER_KOREAN_COOPERATION")
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("4 cases filed from 2010-01-01 to 2010-12-31")
                .contains("track=INTER_KOREAN_COOPERATION");
        MvcResult export = call("auditor", "/reports/export/exemptions.json?from=2010-01-01&to=2010-12-31&track=SPACE");
        assertThat(export.getResponse().getStatus()).isEqualTo(400);
        assertThat(export.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("\"field\":\"track\"").contains("'SPACE' is not a track");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItBeginsNamingTheField() throws Exception {
        String html = call("rok.member", "/reports?from=2010-12-31&to=2010-01-01").getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("To: must not be before the start of the period (2010-12-31)");
        MvcResult export = call("auditor", "/reports/export/cases.csv?from=tomorrow");
        assertThat(export.getResponse().getStatus()).isEqualTo(400);
        assertThat(export.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("\"field\":\"from\"").contains("is not a date");
    }

    @Test
    void exportsToThoseWhoMayAndRefusesTheOthers() throws Exception {
        MvcResult csv = call("secretariat", "/reports/export/cases.csv?from=2010-01-01&to=2010-12-31&forum=rpt-b");
        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        assertThat(csv.getResponse().getHeader("Content-Disposition"))
                .contains("cases-2010-01-01-2010-12-31.csv");
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("RPT-2010-0015,rpt-b,rpt-a");
        assertThat(call("rok.member", "/reports/export/cases.csv").getResponse().getStatus()).isEqualTo(403);
        assertThat(call("applicant", "/reports").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void rendersThePeriodReportAsAPdf() throws Exception {
        MvcResult pdf = call("auditor", "/reports/report.pdf?from=2010-01-01&to=2010-12-31");
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Tandem report, 2010-01-01 to 2010-12-31")
                    .contains("16 cases filed from 2010-01-01 to 2010-12-31")
                    .contains("Days from filing to decision, by route").contains("UN exemption");
        }
    }

    @Test
    void publishesOnlyAggregatesWithoutNamesAndWithoutCountsUnderThree() throws Exception {
        MvcResult page = call(null, "/transparency?from=2010-01-01&to=2010-12-31");
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Transparency report").contains("fewer than 3");
        MvcResult api = call(null, "/api/transparency?from=2010-01-01&to=2021-12-31");
        String body = api.getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String named : List.of("Fixture", "fixture", "applicant", "Hanbit", "Saemaeul", "Lee Do-hoon", "RPT-",
                "T-20", "Ryonbong", "secretariat")) {
            assertThat(body).doesNotContain(named);
        }
        for (String named : List.of("Fixture", "fixture note", "applicant2", "Hanbit", "Saemaeul", "Lee Do-hoon",
                "RPT-", "T-20", "Ryonbong", "secretariat")) {
            assertThat(html).doesNotContain(named);
        }
        @SuppressWarnings("unchecked")
        List<List<Object>> rows = (List<List<Object>>) json.readValue(body, Map.class).get("rows");
        assertThat(rows).isNotEmpty();
        for (List<Object> row : rows) {
            for (int column : new int[] {3, 4}) {
                Object count = row.get(column);
                assertThat(count == null || ((Number) count).longValue() == 0 || ((Number) count).longValue() >= 3)
                        .as("count %s in %s", count, row).isTrue();
            }
        }
        // 2010, rpt-a: forum 10 decided (shown), alone 3 (shown), UN 1 (suppressed), withdrawn 1 (suppressed)
        assertThat(rows).contains(List.of(2010, "rpt-a", "FORUM", 10, 10, 5), List.of(2010, "rpt-a", "ALONE", 3, 3, 4));
        assertThat(rows).anySatisfy(row -> assertThat(row.subList(0, 3)).isEqualTo(List.of(2010, "rpt-a", "UN")))
                .allSatisfy(row -> {
                    if (row.get(2).equals("UN") && row.get(1).equals("rpt-a")) {
                        assertThat(row.subList(3, 6)).containsOnlyNulls();
                    }
                });
    }
}
