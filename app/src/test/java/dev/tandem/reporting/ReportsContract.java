package dev.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import dev.tandem.casefile.CaseCategory;
import dev.tandem.session.Track;

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

    @Test
    void countsHoldsByPartyWithTheirLengthToTheLiftOrTheAgeingDay() {
        assertThat(dashboard(null, null).table("holds-by-party").rows()).containsExactly(
                List.of("ROK", 1L, 0L, 4L, 4L, 4L),
                List.of("US", 3L, 1L, 10L, 30L, 30L));
        assertThat(dashboard("rpt-b", null).table("holds-by-party").rows()).containsExactly(
                List.of("US", 1L, 1L, 30L, 30L, 30L));
        assertThat(dashboard(null, CaseCategory.TRADE).table("holds-by-party").rows()).isEmpty();
        // up to June the December hold is not yet placed: US 4 and 10 days, nearest rank 1st and 2nd
        Dashboard firstHalf = reports.dashboard(new ReportFilter(ReportFixture.FROM, LocalDate.of(2010, 6, 30), null,
                null), Locale.ENGLISH);
        assertThat(firstHalf.table("holds-by-party").rows()).containsExactly(
                List.of("ROK", 1L, 0L, 4L, 4L, 4L),
                List.of("US", 2L, 0L, 4L, 10L, 10L));
    }

    @Test
    void givesTheDaysInEachExemptionStepBeforeTheCommitteeDecides() {
        assertThat(dashboard(null, null).table("exemption-steps").rows()).containsExactly(
                List.of("DRAFTED", 3L, 0L, 2L, 2L),
                List.of("NATIONAL_REVIEW", 3L, 1L, 20L, 58L),
                List.of("SUBMITTED", 2L, 0L, 2L, 2L),
                List.of("CIRCULATED", 3L, 0L, 10L, 10L),
                List.of("ON_HOLD", 1L, 0L, 10L, 10L));
        assertThat(dashboard("rpt-b", null).table("exemption-steps").column("median_days"))
                .containsExactly(2L, 20L, 2L, 10L);
    }

    @Test
    void countsExemptionApprovalsRefusalsExpiriesAndTheMedianValidity() {
        assertThat(dashboard(null, null).table("exemptions").rows()).containsExactly(
                Arrays.asList("ROK", 2L, 1L, 0L, 1L, 183L),
                Arrays.asList("US", 1L, 0L, 1L, 0L, null));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        reports.export("exemptions", Reports.Format.CSV,
                new ReportFilter(ReportFixture.FROM, ReportFixture.TO, "rpt-b", null), Locale.ENGLISH, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).isEqualTo(
                "party,requests,approved,not_approved,expired,median_validity_days\r\nUS,1,0,1,0,\r\n");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        reports.export("holds-by-party", Reports.Format.JSON,
                new ReportFilter(ReportFixture.FROM, ReportFixture.TO, "rpt-b", null), Locale.ENGLISH, json);
        assertThat(json.toString(StandardCharsets.UTF_8)).isEqualTo("{\"table\":\"holds-by-party\",\"columns\":"
                + "[\"party\",\"holds\",\"held_now\",\"median_days\",\"p90_days\",\"longest_days\"],\"rows\":"
                + "[{\"party\":\"US\",\"holds\":1,\"held_now\":1,\"median_days\":30,\"p90_days\":30,"
                + "\"longest_days\":30}]}");
    }

    @Test
    void filtersByTheTrackTheSessionModulePutsEachCategoryOn() {
        assertThat(reports.dashboard(new ReportFilter(ReportFixture.FROM, ReportFixture.TO, null, null,
                Track.HUMANITARIAN), Locale.ENGLISH).cases()).isEqualTo(12);
        Dashboard cooperation = reports.dashboard(new ReportFilter(ReportFixture.FROM, ReportFixture.TO, null, null,
                Track.INTER_KOREAN_COOPERATION), Locale.ENGLISH);
        assertThat(cooperation.cases()).isEqualTo(4);
        assertThat(cooperation.table("time-by-route").rows()).containsExactly(List.of("ALONE", 3L, 4L, 30L));
        // no case category runs on denuclearization: nothing, and no broken query
        assertThat(reports.dashboard(new ReportFilter(ReportFixture.FROM, ReportFixture.TO, null, null,
                Track.DENUCLEARIZATION), Locale.ENGLISH).cases()).isZero();
    }
}
