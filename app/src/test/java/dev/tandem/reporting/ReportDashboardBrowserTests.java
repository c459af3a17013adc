package dev.tandem.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

import dev.tandem.BrowserTest;

/**
 * The dashboard in Chromium: charts drawn by ECharts from the WebJar, redrawn for another period and another
 * forum, and the CSV of every case downloaded. Screenshot: {@code target/screenshots/reports-dashboard.png}.
 */
class ReportDashboardBrowserTests extends BrowserTest {

    /** The numbers the chart was drawn from, once the script has drawn it. */
    private static String drawn(Locator chart) {
        assertThat(chart).hasAttribute("data-drawn", java.util.regex.Pattern.compile(".+"));
        return chart.getAttribute("data-drawn");
    }

    @Test
    void redrawsTheChartsForAnotherPeriodAndForumAndDownloadsTheCases() throws Exception {
        // a shared, busy build machine: the first pages may take long to load; what is checked does not depend on it
        page.setDefaultNavigationTimeout(60_000);
        page.setDefaultTimeout(30_000);
        signIn("secretariat");
        page.locator("nav[aria-label=main] a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Reports"))
                .click();
        assertThat(page.locator("h1")).hasText("Reports");
        page.locator("#from").fill("2018-01-01");
        page.locator("#to").fill("2021-12-31");
        page.locator("#report-filter button[type=submit]").click();

        assertThat(page.locator("#report-count")).containsText("7 cases filed from 2018-01-01 to 2021-12-31");
        Locator chart = page.locator("#report-cases-by-forum .chart");
        assertThat(chart.locator("canvas")).hasCount(1);
        String allYears = drawn(chart);
        assertThat(allYears).contains("rok-us-working-group").contains("rok-us-dg-consultation");
        screenshot("reports-dashboard");

        page.locator("#from").fill("2019-01-01");
        page.locator("#to").fill("2019-12-31");
        page.locator("#report-filter button[type=submit]").click();
        assertThat(page.locator("#report-count")).containsText("2 cases filed from 2019-01-01 to 2019-12-31");
        assertThat(chart.locator("canvas")).hasCount(1);
        String oneYear = drawn(chart);
        assertThat(oneYear).isNotEqualTo(allYears).doesNotContain("rok-us-dg-consultation");

        page.locator("#from").fill("2018-01-01");
        page.locator("#to").fill("2021-12-31");
        page.locator("#forum").selectOption("rok-us-dg-consultation");
        page.locator("#report-filter button[type=submit]").click();
        // the NGO package, filed with the working group and handed over: found under its successor, once
        assertThat(page.locator("#report-count")).containsText("1 cases filed");
        String successor = drawn(chart);
        assertThat(successor).isNotEqualTo(allYears).doesNotContain("rok-us-working-group");
        screenshot("reports-dashboard-successor");

        Download download = page.waitForDownload(() -> page.locator("#export-cases-csv").click());
        Path saved = Paths.get(System.getProperty("basedir", "."), "target", "reports-cases.csv");
        download.saveAs(saved);
        String csv = Files.readString(saved, StandardCharsets.UTF_8);
        assertThat(download.suggestedFilename()).isEqualTo("cases-2018-01-01-2021-12-31.csv");
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).startsWith("ref,forum,charter_forum,charter_version,category,status,filed_on")
                .contains(",rok-us-dg-consultation,rok-us-working-group,1,HUMANITARIAN,SUBMITTED,2020-12-21,,,,FORUM");
    }
}
