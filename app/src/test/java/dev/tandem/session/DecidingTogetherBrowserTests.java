package dev.tandem.session;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import dev.tandem.BrowserTest;
import dev.tandem.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat and the two co-chairs at three browsers at once (Debian's Chromium driven by Playwright): a case
 * the director-general-level consultation's charter routes to the forum (its trucks) is taken from the forum's
 * review queue onto a session's agenda, each co-chair takes the party's position, the session is held and the
 * decision recorded from those positions, and a joint statement is drafted by one co-chair, revised by the other,
 * refused while they signed different versions, then signed by both on one version and published. Screenshots go to
 * {@code target/screenshots/deciding-*.png}.
 */
class DecidingTogetherBrowserTests extends BrowserTest {

    private static final String FORUM = "rok-us-dg-consultation";
    private static final String TITLE = "Tamiflu and the trucks that carry it, for the browser";

    @Autowired
    MockMvc mvc;

    /** An applicant files the case through the API: the trucks (HS 8704) send it to the forum's review queue. */
    private void fileTheCase() throws Exception {
        String body = """
                {"forum":"%s","title":"%s","purpose":"Antivirals for provincial hospitals, delivered by truck",
                 "category":"HUMANITARIAN","route":"Paju – Kaesong by road","jointVenture":false,
                 "items":[{"description":"Tamiflu","quantity":200000,"unit":"doses","hsCode":"3004.90","direction":"TO"},
                          {"description":"Delivery trucks","quantity":4,"unit":"piece","hsCode":"8704.22","direction":"TO"}],
                 "counterparties":[{"role":"CONSIGNEE","name":"Ministry of Public Health","kind":"ORGANISATION","country":"North Korea"}]}"""
                .formatted(FORUM, TITLE);
        String created = mvc.perform(post("/api/cases").with(httpBasic("applicant", IntegrationTest.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String ref = com.jayway.jsonpath.JsonPath.read(created, "$.ref");
        mvc.perform(post("/api/cases/" + ref + "/submission").with(httpBasic("applicant", IntegrationTest.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void twoCoChairsTakeACaseThroughASessionToAPublishedJointStatement() throws Exception {
        fileTheCase();
        // three people at once on a shared, busy machine: allow pages more than the default time
        page.setDefaultTimeout(30_000);
        page.setDefaultNavigationTimeout(30_000);
        signIn("secretariat");
        Page rok = anotherPerson("rok.cochair");
        Page us = anotherPerson("us.cochair");

        // the secretariat schedules a session of the consultation for yesterday in Seoul
        page.navigate(url("/forums/" + FORUM));
        page.locator("#forum-sessions").click();
        assertThat(page.locator("h1")).containsText("Sessions of the");
        String day = LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(1).toString();
        page.locator("#title").fill("Consultation on the Tamiflu delivery");
        page.locator("#date").fill(day);
        page.locator("#time").fill("10:00");
        page.locator("#zone").selectOption("Asia/Seoul");
        page.locator("#durationMinutes").fill("90");
        page.locator("#venue").fill("Ministry of Foreign Affairs, Seoul");
        page.locator("main button", new Page.LocatorOptions().setHasText("Schedule")).click();
        assertThat(page.locator("main .flash")).hasText("Session scheduled.");
        assertThat(page.locator("h1")).hasText("Consultation on the Tamiflu delivery");
        assertThat(page.locator("ul.facts")).containsText(day + " 10:00 (Asia/Seoul)");
        String session = page.url().substring(page.url().lastIndexOf('/') + 1);

        // the case waits in the forum's review queue; the secretariat takes it up and records who attends
        Locator queued = page.locator("#review-queue li", new Page.LocatorOptions().setHasText(TITLE));
        queued.locator("button", new Locator.LocatorOptions().setHasText("Take up at this session")).click();
        assertThat(page.locator("main .flash")).hasText("Put on the agenda.");
        Locator item = page.locator("ol.agenda li", new Page.LocatorOptions().setHasText(TITLE));
        assertThat(item).containsText("Humanitarian");
        assertThat(item).containsText("no positions yet");
        attend("ROK", "Rim Kap-soo", "Co-chair, Director-General");
        attend("US", "Jung Pak", "Co-chair, Deputy Special Representative");
        assertThat(page.locator("main table")).containsText("Jung Pak");
        screenshot("deciding-agenda");

        // each co-chair, at their own browser, takes the party's position on the item
        rok.navigate(url("/sessions/" + session));
        assertThat(rok.locator("#mark-held")).hasCount(0);
        position(rok, "CONCUR", null);
        us.navigate(url("/sessions/" + session));
        position(us, "CONCUR_WITH_CONDITIONS", "The trucks return the same day");
        screenshot(us, "deciding-positions");

        // the secretariat holds the session and records the decision the positions produce
        page.reload();
        assertThat(item).containsText("The trucks return the same day");
        page.locator("#mark-held").click();
        assertThat(page.locator("#session-status")).hasText("held");
        item.locator("input[name=outcome]").fill("Agreed at the session");
        item.locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Record the outcome")).click();
        assertThat(page.locator("main .flash")).hasText("Outcome recorded.");
        assertThat(item).containsText("Outcome: APPROVED_WITH_CONDITIONS: Agreed at the session");
        screenshot("deciding-decided");

        // the ROK co-chair drafts a joint statement in both languages
        rok.navigate(url("/forums/" + FORUM + "/sessions"));
        rok.locator("#statementTitle").fill("Joint statement on the Tamiflu delivery");
        rok.locator("#session").selectOption(session);
        rok.locator("#textEn").fill("The allies support the delivery of Tamiflu.");
        rok.locator("#textKo").fill("한미는 타미플루 전달을 지지한다.");
        rok.locator("main button", new Page.LocatorOptions().setHasText("Draft")).last().click();
        assertThat(rok.locator("main .flash")).hasText("Joint statement drafted.");
        String statement = rok.url().substring(rok.url().lastIndexOf('/') + 1);
        rok.locator("#sign-1").click();
        assertThat(rok.locator("main .flash")).hasText("Signed.");

        // the US co-chair revises it and signs the second version
        us.navigate(url("/statements/" + statement));
        us.locator("#textEn").fill("The allies support the delivery of Tamiflu.\nThe trucks return the same day.");
        us.locator("#textKo").fill("한미는 타미플루 전달을 지지한다.\n트럭은 당일 돌아온다.");
        us.locator("main button", new Page.LocatorOptions().setHasText("Save as the next version")).click();
        assertThat(us.locator("main .flash")).hasText("Next version saved.");
        us.locator("#sign-2").click();
        assertThat(us.locator("main .flash")).hasText("Signed.");

        // publishing is refused while the parties signed different versions
        rok.navigate(url("/statements/" + statement));
        assertThat(rok.locator("main")).containsText("signed version 2");
        assertThat(rok.locator(".diff").first()).containsText("The trucks return the same day.");
        rok.locator("#publish").click();
        assertThat(rok.locator("main")).containsText("the parties signed different versions (ROK → 1, US → 2)");
        assertThat(rok.locator("#statement-status")).hasText("draft");
        screenshot(rok, "deciding-statement-refused");

        // the ROK co-chair signs the second version too, and publishes
        rok.locator("#sign-2").click();
        assertThat(rok.locator("main .flash")).hasText("Signed.");
        rok.locator("#publish").click();
        assertThat(rok.locator("main .flash")).hasText("Joint statement published.");
        assertThat(rok.locator("#statement-status")).hasText("published");
        assertThat(rok.locator("#statement-sha")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
        screenshot(rok, "deciding-statement-published");

        us.reload();
        assertThat(us.locator("#statement-status")).hasText("published");
        assertThat(us.locator("#sign-2")).hasCount(0);
        assertThat(us.locator("#publish")).hasCount(0);
        screenshot(us, "deciding-statement-us");
    }

    private void attend(String party, String person, String role) {
        page.locator("form[action$='/attendance'] #party").selectOption(party);
        page.locator("form[action$='/attendance'] #person").fill(person);
        page.locator("form[action$='/attendance'] #role").fill(role);
        page.locator("form[action$='/attendance'] button").click();
        assertThat(page.locator("main .flash")).hasText("Attendance recorded.");
    }

    /** A co-chair follows the item to its review and takes the party's position there. */
    private void position(Page coChair, String kind, String text) {
        coChair.locator("ol.agenda li", new Page.LocatorOptions().setHasText(TITLE))
                .locator("a", new Locator.LocatorOptions().setHasText("review and positions")).click();
        coChair.locator("#positions #kind").selectOption(kind);
        if (text != null) {
            coChair.locator("#positions #text").fill(text);
        }
        coChair.locator("#positions button", new Page.LocatorOptions().setHasText("Take position")).click();
        assertThat(coChair.locator("main .flash")).hasText("Position taken.");
    }
}
