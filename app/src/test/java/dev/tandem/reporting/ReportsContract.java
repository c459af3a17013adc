package dev.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import dev.tandem.casefile.CaseCategory;

/** The dashboard's figures against hand-computed values, run on H2 and on PostgreSQL. */
@WithMockUser(username = "auditor", roles = "AUDITOR")
abstract class ReportsContract {

    @Autowired
    Reports reports;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fixture() {
        ReportFixture.write(jdbc);
    }

    private Dashboard dashboard(String forum, CaseCategory category) {
        return reports.dashboard(new ReportFilter(ReportFixture.FROM, ReportFixture.TO, forum, category), Locale.ENGLISH);
    }

    @Test
    void countsEachCaseOnceAlsoWhenItWasHandedOverToASuccessor() {
        Dashboard all = dashboard(null, null);
        assertThat(all.cases()).isEqualTo(16);
        assertThat(all.table("cases-by-forum").rows()).containsExactly(
                List.of("rpt-a", 15L, 14L, 1L, 0L),
                List.of("rpt-b", 1L, 0L, 0L, 1L));
        // under the forum that filed it and under the one that holds it now, and once in each
        assertThat(dashboard("rpt-a", null).cases()).isEqualTo(16);
        assertThat(dashboard("rpt-b", null).cases()).isEqualTo(1);
    }

    @Test
    void givesTheMedianAndNinetiethPercentileByNearestRankForEachRoute() {
        assertThat(dashboard(null, null).table("time-by-route").rows()).containsExactly(
                List.of("ALONE", 3L, 4L, 30L),
                List.of("FORUM", 10L, 5L, 9L),
                List.of("UN", 1L, 100L, 100L));
        assertThat(dashboard(null, CaseCategory.TRADE).table("time-by-route").rows()).containsExactly(
                List.of("ALONE", 3L, 4L, 30L));
    }

    @Test
    void groupsTimeToDecisionByTheCharterACaseWasJudgedUnder() {
        List<List<Object>> rows = dashboard(null, null).table("time-by-charter").rows();
        assertThat(rows).hasSize(1);
        // 14 durations: 1..10, 2, 4, 30, 100 -> sorted 1 2 2 3 4 4 5 6 7 8 9 10 30 100: the 7th (5) and the ceil(12.6) = 13th (30)
        assertThat(rows.get(0).subList(3, 6)).containsExactly(14L, 5L, 30L);
    }

    @Test
    void agesTheOpenCasesAndFollowsTheBacklogMonthByMonth() {
        Dashboard all = dashboard(null, null);
        assertThat(all.table("ageing").column("open")).containsExactly(0L, 0L, 0L, 1L, 0L);
        assertThat(all.table("monthly").rows()).containsExactly(
                List.of("2010-03", 10L, 10L, 0L, 0L),
                List.of("2010-04", 3L, 2L, 0L, 1L),
                List.of("2010-05", 1L, 1L, 0L, 1L),
                List.of("2010-06", 1L, 0L, 0L, 2L),
                List.of("2010-07", 1L, 0L, 1L, 2L),
                List.of("2010-08", 0L, 1L, 0L, 1L));
    }

    @Test
    void exportsEveryCaseOfTheFilterAsCsvAndJson() {
        ReportFilter filter = new ReportFilter(ReportFixture.FROM, ReportFixture.TO, "rpt-b", null);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        reports.export("cases", Reports.Format.CSV, filter, Locale.ENGLISH, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).isEqualTo(
                "ref,forum,charter_forum,charter_version,category,status,filed_on,decided_on,days,route\r\n"
                        + "RPT-2010-0015,rpt-b,rpt-a,1,HUMANITARIAN,SUBMITTED,2010-06-01,,,FORUM\r\n");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        reports.export("time-by-route", Reports.Format.JSON,
                new ReportFilter(ReportFixture.FROM, ReportFixture.TO, null, CaseCategory.TRADE), Locale.ENGLISH, json);
        assertThat(json.toString(StandardCharsets.UTF_8)).isEqualTo("{\"table\":\"time-by-route\",\"columns\":"
                + "[\"route\",\"decided\",\"median_days\",\"p90_days\"],\"rows\":[{\"route\":\"ALONE\",\"decided\":3,"
                + "\"median_days\":4,\"p90_days\":30}]}");
    }
}
