package dev.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
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

import dev.tandem.Acting;
import dev.tandem.calendar.HolidayEntry;
import dev.tandem.calendar.HolidayKind;
import dev.tandem.calendar.HolidayManagement;
import dev.tandem.calendar.NewHoliday;
import dev.tandem.casefile.CaseCategory;
import dev.tandem.casefile.CaseDraft;
import dev.tandem.casefile.CaseFile;
import dev.tandem.casefile.CaseManagement;
import dev.tandem.casefile.CaseSaved;
import dev.tandem.casefile.Counterparty;
import dev.tandem.casefile.CounterpartyRole;
import dev.tandem.casefile.LineItem;
import dev.tandem.session.Track;

/** The dashboard's figures against hand-computed values, run on H2 and on PostgreSQL. */
@WithMockUser(username = "auditor", roles = "AUDITOR")
abstract class ReportsContract {

    @Autowired
    Reports reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseFigures figures;
    @Autowired
    HolidayManagement holidays;

    @BeforeEach
    void fixture() {
        ReportFixture.write(jdbc, figures);
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
                List.of("ALONE", 3L, 4L, 30L, 2L, 21L),
                List.of("FORUM", 10L, 5L, 9L, 4L, 7L),
                List.of("UN", 1L, 100L, 100L, 72L, 72L));
        assertThat(dashboard(null, CaseCategory.TRADE).table("time-by-route").rows()).containsExactly(
                List.of("ALONE", 3L, 4L, 30L, 2L, 21L));
    }

    @Test
    void groupsTimeToDecisionByTheCharterACaseWasJudgedUnder() {
        List<List<Object>> rows = dashboard(null, null).table("time-by-charter").rows();
        assertThat(rows).hasSize(1);
        // 14 durations: 1..10, 2, 4, 30, 100 -> sorted 1 2 2 3 4 4 5 6 7 8 9 10 30 100: the 7th (5) and the ceil(12.6) = 13th (30)
        // in working days 1 2 3 4 4 4 5 6 7 8, 1 2 21, 72 -> sorted 1 1 2 2 3 4 4 4 5 6 7 8 21 72: the 7th (4), the 13th (21)
        assertThat(rows.get(0).subList(3, 8)).containsExactly(14L, 5L, 30L, 4L, 21L);
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
                "ref,forum,charter_forum,charter_version,category,status,filed_on,decided_on,days,working_days,route\r\n"
                        + "RPT-2010-0015,rpt-b,rpt-a,1,HUMANITARIAN,SUBMITTED,2010-06-01,,,,FORUM\r\n");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        reports.export("time-by-route", Reports.Format.JSON,
                new ReportFilter(ReportFixture.FROM, ReportFixture.TO, null, CaseCategory.TRADE), Locale.ENGLISH, json);
        assertThat(json.toString(StandardCharsets.UTF_8)).isEqualTo("{\"table\":\"time-by-route\",\"columns\":"
                + "[\"route\",\"decided\",\"median_days\",\"p90_days\",\"median_working_days\",\"p90_working_days\"],"
                + "\"rows\":[{\"route\":\"ALONE\",\"decided\":3,\"median_days\":4,\"p90_days\":30,"
                + "\"median_working_days\":2,\"p90_working_days\":21}]}");
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
        assertThat(cooperation.table("time-by-route").rows()).containsExactly(List.of("ALONE", 3L, 4L, 30L, 2L, 21L));
        // no case category runs on denuclearization: nothing, and no broken query
        assertThat(reports.dashboard(new ReportFilter(ReportFixture.FROM, ReportFixture.TO, null, null,
                Track.DENUCLEARIZATION), Locale.ENGLISH).cases()).isZero();
    }

    private List<String> decidedDemoCases() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        reports.export("cases", Reports.Format.CSV, new ReportFilter(LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31),
                "rok-us-working-group", null), Locale.ENGLISH, csv);
        // filed_on, decided_on, days, working_days of each decided case
        return csv.toString(StandardCharsets.UTF_8).lines().skip(1).map(line -> line.split(",", -1))
                .filter(cells -> !cells[7].isEmpty())
                .map(cells -> String.join(" ", cells[6], cells[7], cells[8], cells[9])).toList();
    }

    @Test
    void countsWorkingDaysByTheCalendarsOfBothPartiesOnTheDemoCases() {
        // the demo decides each case 14 days after filing; the parties' days off in between, counted by hand:
        // survey:          11-21..12-04: 10 weekdays, US Thanksgiving 11-22                        -> 9
        // groundbreaking:  12-22..01-04: 10 weekdays, Christmas 12-25 and New Year 01-01 (both)     -> 8
        // video reunions:  02-26..03-11: 10 weekdays, ROK Independence Movement Day 03-01           -> 9
        // Kaesong visit:   05-01..05-14: 10 weekdays, ROK substitute holiday for Children's Day 05-06 -> 9
        assertThat(decidedDemoCases()).containsExactly(
                "2018-11-20 2018-12-04 14 9",
                "2018-12-21 2019-01-04 14 8",
                "2019-02-25 2019-03-11 14 9",
                "2019-04-30 2019-05-14 14 9");
        // by route (triage as WhatIfIntegrationTests works it out): the survey (its diesel only counted against the
        // cap) and the Kaesong visit went to the forum, 9 and 9 working days; the ceremony and the reunions to the
        // UN, 8 and 9: of two, the median is the 1st (8) and the 90th percentile the ceil(1.8) = 2nd (9)
        assertThat(reports.dashboard(new ReportFilter(LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31),
                "rok-us-working-group", null), Locale.ENGLISH).table("time-by-route").rows()).containsExactly(
                List.of("FORUM", 2L, 14L, 14L, 9L, 9L),
                List.of("UN", 2L, 14L, 14L, 8L, 9L));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMINISTRATOR")
    void countsWorkingDaysAgainWhenAnAdministratorChangesAHoliday() {
        // a day of mourning in Washington on Monday 2018-11-26, inside the survey's wait only
        HolidayEntry mourning = holidays.add(new NewHoliday("US", LocalDate.of(2018, 11, 26), "Day of mourning (test)",
                "애도의 날(시험)", HolidayKind.TEMPORARY, "reporting test"));
        try {
            assertThat(decidedDemoCases()).containsExactly(
                    "2018-11-20 2018-12-04 14 8",
                    "2018-12-21 2019-01-04 14 8",
                    "2019-02-25 2019-03-11 14 9",
                    "2019-04-30 2019-05-14 14 9");
        } finally {
            holidays.remove(mourning.id());
        }
        assertThat(decidedDemoCases()).first().isEqualTo("2018-11-20 2018-12-04 14 9");
    }

    @Test
    void catchesUpWithCasesWrittenOutsideTandemAndMakesEveryRowAgainForANewDerivation() {
        long rows = jdbc.sql("SELECT COUNT(*) FROM report_case").query(Long.class).single();
        jdbc.sql("UPDATE report_case SET days = -1, working_days = -1 WHERE ref = 'RPT-2010-0001'").update();
        jdbc.sql("DELETE FROM report_case WHERE ref = 'RPT-2010-0002'").update();
        figures.catchUp();
        // a missing row is made; a row already there is trusted while the derivation is the same
        assertThat(jdbc.sql("SELECT days, working_days FROM report_case WHERE ref IN ('RPT-2010-0001', 'RPT-2010-0002')"
                + " ORDER BY ref").query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2)).list()).containsExactly("-1/-1", "2/2");

        jdbc.sql("UPDATE report_state SET derivation = 0").update();
        figures.catchUp();
        assertThat(jdbc.sql("SELECT days, working_days FROM report_case WHERE ref = 'RPT-2010-0001'")
                .query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2)).single()).isEqualTo("1/1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM report_case").query(Long.class).single()).isEqualTo(rows);
        assertThat(jdbc.sql("SELECT derivation FROM report_state").query(Integer.class).single())
                .isEqualTo(CaseFigures.DERIVATION);
    }

    @Autowired
    CaseManagement cases;

    private String reportRow(String ref) {
        return jdbc.sql("SELECT status, filed_on, decided_on, withdrawn_on, route FROM report_case WHERE ref = :ref")
                .param("ref", ref).query((rs, n) -> rs.getString(1) + " " + rs.getDate(2) + " " + rs.getDate(3) + " "
                        + rs.getDate(4) + " " + rs.getString(5)).optional().orElse("none");
    }

    @Test
    @WithMockUser(username = "applicant", roles = "APPLICANT")
    void keepsTheRowOfACaseInStepInTheTransactionThatStoresIt() {
        CaseFile draft = cases.fileDraft(new CaseDraft("Video reunion rooms for the report", "Cameras and cable for "
                + "video reunion rooms", CaseCategory.FAMILY_REUNION, null, null, null, false,
                List.of(new LineItem("Video cameras", "HD conference cameras", new BigDecimal("20"), "piece", "8525.89",
                        null, new BigDecimal("60000"), "TO", false, false)),
                List.of(new Counterparty(CounterpartyRole.END_USER, "Red Cross Society of the DPRK", "ORGANISATION",
                        "North Korea")), java.util.Set.of(), "rok-us-dg-consultation"));
        assertThat(reportRow(draft.ref())).isEqualTo("none");
        CaseFile filed = cases.submit(draft.ref(), draft.version());
        String today = filed.filedOn().toString();
        // cameras for the DPRK need the Committee's exemption: the route is the UN's
        assertThat(reportRow(draft.ref())).isEqualTo(filed.status() + " " + today + " null null UN");
        CaseFile withdrawn = cases.withdraw(draft.ref(), "the families' meeting was cancelled", filed.version());
        assertThat(reportRow(draft.ref())).isEqualTo("WITHDRAWN " + today + " null " + today + " UN");
        assertThat(withdrawn.status().name()).isEqualTo("WITHDRAWN");
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    void countsAgainForAHolidayWhileTheSameCaseIsBeingStored() throws Exception {
        long survey = jdbc.sql("SELECT case_id FROM report_case WHERE forum_code = 'rok-us-working-group'"
                + " AND filed_on = DATE '2018-11-20'").query(Long.class).single();
        java.util.concurrent.CountDownLatch stored = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // a save of the survey, as CaseFiles stores a case: its row locked, its report row made again, not yet
            // committed while the administrator adds a day off inside the survey's wait
            var saving = threads.submit(() -> transaction.executeWithoutResult(status -> {
                jdbc.sql("UPDATE case_file SET version = version WHERE id = :id").param("id", survey).update();
                events.publishEvent(new CaseSaved(survey, "survey"));
                stored.countDown();
                try {
                    commit.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            stored.await();
            var adding = threads.submit(() -> Acting.as("admin", "ADMINISTRATOR", null, () -> holidays.add(
                    new NewHoliday("US", LocalDate.of(2018, 11, 27), "Day of mourning (test)", "애도의 날(시험)",
                            HolidayKind.TEMPORARY, "reporting test"))));
            Thread.sleep(300);
            commit.countDown();
            saving.get();
            HolidayEntry mourning = adding.get();
            try {
                assertThat(decidedDemoCases()).first().isEqualTo("2018-11-20 2018-12-04 14 8");
            } finally {
                Acting.as("admin", "ADMINISTRATOR", null, () -> holidays.remove(mourning.id()));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(decidedDemoCases()).first().isEqualTo("2018-11-20 2018-12-04 14 9");
    }
}
