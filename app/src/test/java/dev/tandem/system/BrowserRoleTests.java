package dev.tandem.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.microsoft.playwright.Browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;

import dev.tandem.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages as a person sees them: Debian's Chromium, driven by Playwright, signs in through the real login form as
 * each demo role and checks what that role can reach and what it cannot. Screenshots of every page visited are kept
 * under {@code target/screenshots/} for people to look at.
 */
class BrowserRoleTests extends BrowserTest {

    private static final String LIAISON_OFFICE = "inter-korean-liaison-office";
    private static final List<String> DEMO_USERS = List.of("applicant", "applicant2", "rok.member", "rok.cochair",
            "us.member", "us.cochair", "secretariat", "auditor", "admin");

    /** One demo user per role, with the nav links, forbidden pages and allowed pages that role should meet. */
    enum DemoRole {
        APPLICANT("applicant", "applicant", "Applicant", List.of("Home", "Cases", "API"),
                List.of("/forums", "/forums/" + LIAISON_OFFICE, "/screening", "/journal", "/admin/users")),
        MEMBER("rok.member", "member", "Delegation member", List.of("Home", "Cases", "Forums", "Screening", "Reviews", "Reports", "API"),
                List.of("/journal", "/admin/users")),
        CO_CHAIR("us.cochair", "co-chair", "Co-chair", List.of("Home", "Cases", "Forums", "Screening", "Reviews", "Reports", "API"),
                List.of("/journal", "/admin/users")),
        SECRETARIAT("secretariat", "secretariat", "Secretariat", List.of("Home", "Cases", "Forums", "Screening", "Reviews", "Reports", "API"),
                List.of("/journal", "/admin/users")),
        AUDITOR("auditor", "auditor", "Auditor", List.of("Home", "Cases", "Forums", "Screening", "Reviews", "Reports", "Journal", "API"),
                List.of("/admin/users")),
        ADMINISTRATOR("admin", "admin", "Administrator", List.of("Home", "Cases", "Forums", "Screening", "Reviews", "Reports", "Journal", "Users", "Parties", "Holidays", "API"),
                List.of());

        final String username;
        /** How screenshots name the role: {@code home-admin.png}. */
        final String shortName;
        final String label;
        final List<String> nav;
        final List<String> forbidden;

        DemoRole(String username, String shortName, String label, List<String> nav, List<String> forbidden) {
            this.username = username;
            this.shortName = shortName;
            this.label = label;
            this.nav = nav;
            this.forbidden = forbidden;
        }

        boolean readsForums() {
            return nav.contains("Forums");
        }

        boolean readsJournal() {
            return nav.contains("Journal");
        }

        boolean recordsEvents() {
            return this == SECRETARIAT || this == ADMINISTRATOR;
        }
    }

    @ParameterizedTest
    @EnumSource(DemoRole.class)
    void eachRoleSeesItsOwnNavigationAndIsTurnedAwayFromTheRest(DemoRole role) {
        signIn(role.username);

        assertThat(page.locator("h1")).hasText(Pattern.compile("^Welcome, "));
        assertThat(page.locator("ul.facts")).containsText("Role: " + role.label);
        assertThat(page.locator("header .who")).hasText("Signed in as " + role.username);
        assertThat(page.locator("nav[aria-label=main] a")).hasText(role.nav.toArray(String[]::new));
        if (role.readsForums()) {
            // other test classes share this application and may add forums of their own
            for (String name : List.of("ROK–US Working Group", "ROK–US Director-General-Level Consultation",
                    "Inter-Korean Joint Liaison Office")) {
                assertThat(page.locator("main ul.cards li", new Page.LocatorOptions().setHasText(name))).hasCount(1);
            }
        } else {
            // an applicant's home lists its own recent cases as cards, but no forums
            assertThat(page.locator("main a[href*='/forums']")).hasCount(0);
        }
        screenshot("home-" + role.shortName);

        for (String path : role.forbidden) {
            Response response = page.navigate(url(path));
            assertThat(response.status()).as("status of %s for %s", path, role).isEqualTo(403);
            assertThat(page.locator("h1")).hasText("Not allowed");
            assertThat(page.locator("main")).containsText("Your role does not allow this page or action.");
            // still signed in, with the same navigation
            assertThat(page.locator("nav[aria-label=main] a")).hasText(role.nav.toArray(String[]::new));
        }
        if (!role.forbidden.isEmpty()) {
            screenshot("forbidden-" + role.shortName);
        }

        if (role.readsForums()) {
            seesTheThreeForums();
            screenshot("forums-" + role.shortName);
            seesTheLiaisonOffice(role);
            screenshot("forum-" + role.shortName);
        }
        if (role.readsJournal()) {
            Response response = page.navigate(url("/journal"));
            assertThat(response.status()).isEqualTo(200);
            assertThat(page.locator("h1")).hasText("Journal");
            assertThat(page.locator("table.journal tbody tr").first()).isVisible();
            assertThat(page.locator("table.journal tbody")).containsText("forum.established");
            screenshot("journal-" + role.shortName);
        }
        if (role == DemoRole.ADMINISTRATOR) {
            Response response = page.navigate(url("/admin/users"));
            assertThat(response.status()).isEqualTo(200);
            assertThat(page.locator("h1")).hasText("Users");
            Locator usernames = page.locator("main table tbody tr td:first-child code");
            assertThat(usernames.first()).isVisible();
            assertThat(usernames.allTextContents()).containsAll(DEMO_USERS);
            assertThat(page.locator("main table tbody tr", new Page.LocatorOptions().setHasText("Hanbit Medical Aid")))
                    .containsText("Applicant");
            screenshot("users-admin");
        }
    }

    @Test
    void applicantSeesOnlyItsHome() {
        signIn("applicant");

        assertThat(page.locator("main")).containsText("Organisation: Hanbit Medical Aid");
        // the demo applicant's own cases of 2018–2021, and the way to file a new one
        assertThat(page.locator("main")).containsText("Recent cases");
        assertThat(page.locator("main a[href$='/cases/new']")).hasText("File a case");
        assertThat(page.locator("main a[href*='/forums']")).hasCount(0);
        assertThat(page.locator("main a[href*='/journal']")).hasCount(0);
        assertThat(page.locator("main a[href*='/admin']")).hasCount(0);
    }

    @Test
    void secretariatRecordsATimelineEventWithoutReloadingThePage() {
        signIn("secretariat");
        page.navigate(url("/forums/" + LIAISON_OFFICE));
        Locator form = page.locator("#timeline form.inline-form");
        assertThat(form).isVisible();
        page.evaluate("() => { window.tandemSamePage = 'yes'; }");

        List<String> offered = page.locator("#status option").all().stream()
                .map(o -> o.getAttribute("value")).toList();
        String status = offered.contains("CUT_OFF") ? "CUT_OFF" : "SUSPENDED";
        assertThat(offered).as("statuses offered for the liaison office").contains(status);
        String label = status.equals("CUT_OFF") ? "Cut off" : "Suspended";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String note = "Browser test " + UUID.randomUUID();
        Locator events = page.locator("#timeline ol.timeline > li");
        int before = events.count();

        // a day in the future is refused, next to the date field
        page.locator("#status").selectOption(status);
        page.locator("#on").fill(today.plusDays(7).toString());
        page.locator("#note").fill(note);
        form.locator("button[type=submit]").click();
        Locator dateError = page.locator("#on + p.field-error#on-error");
        assertThat(dateError).hasText("must not be in the future");
        assertThat(page.locator("#on")).hasAttribute("aria-describedby", "on-error");
        // shown once, next to its field, not repeated in a summary
        assertThat(page.locator("#timeline .problems")).hasCount(0);
        // what was typed is still there to correct
        assertThat(page.locator("#note")).hasValue(note);
        assertThat(page.locator("#status")).hasValue(status);
        assertThat(events).hasCount(before);
        assertThat(page.locator("#timeline ol.timeline")).not().containsText(note);
        assertThat(page.evaluate("() => window.tandemSamePage")).isEqualTo("yes");
        screenshot("forum-event-invalid");

        // today's date is recorded and shows at the end of the timeline, on the same page
        page.locator("#status").selectOption(status);
        page.locator("#on").fill(today.toString());
        page.locator("#note").fill(note);
        form.locator("button[type=submit]").click();
        assertThat(page.locator("#timeline .flash")).hasText("Event recorded.");
        assertThat(events).hasCount(before + 1);
        Locator last = events.last();
        assertThat(last.locator("time")).hasText(today.toString());
        assertThat(last.locator(".badge")).hasText(label);
        assertThat(last).containsText(note);
        assertThat(page.locator("#on-error")).hasCount(0);
        assertThat(page.locator("#timeline .problems")).hasCount(0);
        assertThat(page.evaluate("() => window.tandemSamePage")).isEqualTo("yes");
        screenshot("forum-event-recorded");

        // and it is there for good: the forum list shows the new status
        page.navigate(url("/forums"));
        assertThat(forumRow(LIAISON_OFFICE).locator(".badge")).hasText(label);
    }

    @Test
    void auditorVerifiesTheJournalChain() {
        signIn("auditor");
        page.navigate(url("/journal"));
        page.evaluate("() => { window.tandemSamePage = 'yes'; }");
        // the page opens with the chain checked; the button checks it again in place
        assertThat(page.locator("#verification .flash.ok")).isVisible();

        page.locator("main form button", new Page.LocatorOptions().setHasText("Verify the chain")).click();

        assertThat(page.locator("#verification .flash.ok"))
                .hasText(Pattern.compile("^The chain is intact: [1-9][0-9]* entries checked\\.$"));
        assertThat(page.locator("#verification .problems")).hasCount(0);
        assertThat(page.evaluate("() => window.tandemSamePage")).isEqualTo("yes");
        screenshot("journal-verified");
    }

    @Test
    void koreanSwitchTranslatesThePagesAndKeepsTheChoice() {
        signIn("rok.member");
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        page.locator("header .lang a[lang=ko]").click();

        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        assertThat(page.locator("nav[aria-label=main] a")).hasText(new String[] {"홈", "사업", "협의체", "제재 대상 확인", "검토", "보고서", "API"});
        assertThat(page.locator("header .signout button")).hasText("로그아웃");
        assertThat(page.locator("header .lang a.current")).hasText("한국어");
        screenshot("home-ko");

        // the choice sticks (cookie) on the next page, including the forums' Korean names
        page.navigate(url("/forums"));
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        assertThat(page.locator("h1")).hasText("협의체");
        assertThat(page.locator("main table")).containsText("남북공동연락사무소");
        screenshot("forums-ko");

        page.locator("header .lang a[lang=en]").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Forums");
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        page.navigate(url("/login"));
        page.locator("#username").fill("no.such.user");
        page.locator("#password").fill("not-the-password");
        page.locator("main form button[type=submit]").click();

        assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
        assertThat(page.locator("main .problems")).hasText(
                "Sign-in failed: wrong user name or password, or the account is locked after repeated failures.");
        assertThat(page.locator("nav[aria-label=main]")).hasCount(0);
        screenshot("login-failed");
    }

    @Test
    void signingOutEndsTheSessionAndSaysSo() {
        signIn("applicant2");

        page.locator("header .signout button").click();

        assertThat(page).hasURL(Pattern.compile("/login\\?signedOut$"));
        assertThat(page.locator("main .flash")).hasText("You have signed out.");
        assertThat(page.locator("header .who")).hasCount(0);
        screenshot("signed-out");

        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(page.locator("#username")).isVisible();
    }

    private void seesTheThreeForums() {
        Response response = page.navigate(url("/forums"));
        assertThat(response.status()).isEqualTo(200);
        Locator workingGroup = forumRow("rok-us-working-group");
        assertThat(workingGroup.locator(".badge")).hasText("Terminated");
        assertThat(workingGroup.locator("a[href$='/forums/rok-us-dg-consultation']")).hasText("rok-us-dg-consultation");
        assertThat(forumRow("rok-us-dg-consultation").locator(".badge")).hasText("Active");
        // the liaison office was restored in 2021; the secretariat test may since have cut it off or suspended it
        assertThat(forumRow(LIAISON_OFFICE).locator(".badge")).hasText(Pattern.compile("^(Restored|Cut off|Suspended)$"));
    }

    private void seesTheLiaisonOffice(DemoRole role) {
        Response response = page.navigate(url("/forums/" + LIAISON_OFFICE));
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("h1")).hasText("Inter-Korean Joint Liaison Office");
        assertThat(page.locator("ul.chairs")).containsText("Chun Hae-sung");
        assertThat(page.locator("#timeline ol.timeline")).containsText("The DPRK severs all inter-Korean communication lines");
        assertThat(page.locator("#timeline form")).hasCount(role.recordsEvents() ? 1 : 0);
    }

    /** The row of the forums table whose first cell links to the forum with this code. */
    private Locator forumRow(String code) {
        return page.locator("main table tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("td:first-child a[href$='/forums/" + code + "']")));
    }

}
