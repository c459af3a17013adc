package dev.tandem.session;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import dev.tandem.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The secretariat and the two co-chairs at three browsers at once (Debian's Chromium driven by Playwright): a case
 * waiting for the director-general-level consultation is put on a session's agenda, the session is held and the
 * case's outcome recorded, and a joint statement is drafted by one co-chair, revised by the other, refused while
 * they signed different versions, then signed by both on one version and published. Screenshots go to
 * {@code target/screenshots/deciding-*.png}.
 */
class DecidingTogetherBrowserTests extends BrowserTest {

    private static final String FORUM = "rok-us-dg-consultation";

    @Test
    void twoCoChairsTakeACaseThroughASessionToAPublishedJointStatement() {
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
        page.locator("#title").fill("Consultation on the NGO package");
        page.locator("#date").fill(day);
        page.locator("#time").fill("10:00");
        page.locator("#zone").selectOption("Asia/Seoul");
        page.locator("#durationMinutes").fill("90");
        page.locator("#venue").fill("Ministry of Foreign Affairs, Seoul");
        page.locator("main button", new Page.LocatorOptions().setHasText("Schedule")).click();
        assertThat(page.locator("main .flash")).hasText("Session scheduled.");
        assertThat(page.locator("h1")).hasText("Consultation on the NGO package");
        assertThat(page.locator("ul.facts")).containsText(day + " 10:00 (Asia/Seoul)");
        String session = page.url().substring(page.url().lastIndexOf('/') + 1);

        // the case the working group handed over waits for the consultation's agenda; the secretariat takes it up
        Locator waiting = page.locator("main li", new Page.LocatorOptions().setHasText("assistance package"));
        waiting.locator("button", new Locator.LocatorOptions().setHasText("Take up at this session")).click();
        assertThat(page.locator("main .flash")).hasText("Put on the agenda.");
        Locator item = page.locator("ol.agenda li", new Page.LocatorOptions().setHasText("assistance package"));
        assertThat(item).containsText("carried over from rok-us-working-group");
        page.locator("form[action$='/attendance'] #person").fill("Rim Kap-soo");
        page.locator("form[action$='/attendance'] #role").fill("Co-chair, Director-General");
        page.locator("form[action$='/attendance'] button").click();
        assertThat(page.locator("main table")).containsText("Rim Kap-soo");
        screenshot("deciding-agenda");

        // both co-chairs see the session; the US co-chair has no secretariat forms
        us.navigate(url("/sessions/" + session));
        assertThat(us.locator("ol.agenda")).containsText("assistance package");
        assertThat(us.locator("#mark-held")).hasCount(0);

        page.locator("#mark-held").click();
        assertThat(page.locator("#session-status")).hasText("held");
        item.locator("input[name=outcome]").fill("Approved by consensus of the co-chairs present");
        item.locator("button").click();
        assertThat(page.locator("main .flash")).hasText("Outcome recorded.");
        assertThat(item).containsText("Outcome: Approved by consensus of the co-chairs present");

        // the ROK co-chair drafts a joint statement in both languages
        rok.navigate(url("/forums/" + FORUM + "/sessions"));
        rok.locator("#statementTitle").fill("Joint statement on the NGO assistance package");
        rok.locator("#session").selectOption(session);
        rok.locator("#textEn").fill("The allies support the NGO assistance package.");
        rok.locator("#textKo").fill("한미는 NGO 지원 패키지를 지지한다.");
        rok.locator("main button", new Page.LocatorOptions().setHasText("Draft")).last().click();
        assertThat(rok.locator("main .flash")).hasText("Joint statement drafted.");
        String statement = rok.url().substring(rok.url().lastIndexOf('/') + 1);
        rok.locator("#sign-1").click();
        assertThat(rok.locator("main .flash")).hasText("Signed.");

        // the US co-chair revises it and signs the second version
        us.navigate(url("/statements/" + statement));
        us.locator("#textEn").fill("The allies support the NGO assistance package.\nThe items are covered by exemptions.");
        us.locator("#textKo").fill("한미는 NGO 지원 패키지를 지지한다.\n해당 물품은 제재 면제를 받았다.");
        us.locator("main button", new Page.LocatorOptions().setHasText("Save as the next version")).click();
        assertThat(us.locator("main .flash")).hasText("Next version saved.");
        us.locator("#sign-2").click();
        assertThat(us.locator("main .flash")).hasText("Signed.");

        // publishing is refused while the parties signed different versions
        rok.navigate(url("/statements/" + statement));
        assertThat(rok.locator("main")).containsText("signed version 2");
        assertThat(rok.locator(".diff").first()).containsText("The items are covered by exemptions.");
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
}
