package dev.tandem.casefile;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;

import dev.tandem.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filing a case as an applicant does it, in Debian's Chromium driven by Playwright: the form with its itemised
 * list, the draft, submission and the triage the open ROK–US forum's selective charter gives, who may see the
 * case, refused item lists and documents, and the case page in Korean. Screenshots go to
 * {@code target/screenshots/case-*.png}.
 */
class CaseFilingBrowserTests extends BrowserTest {

    private static final Pattern CASE_URL = Pattern.compile("/cases/(T-\\d{4}-\\d{4})$");
    private static final String CITATION_2397_7 = "S/RES/2397 (2017), para 7";
    private static final String NURSERY = "Pine seedlings, greenhouse film and drip hoses for a joint forestry"
            + " nursery near Kaesong.";
    private static final String HEADER =
            "No.,Item,Specification,Quantity,Unit,HS code,Unit value (USD),Total value (USD),Direction\n";

    @TempDir
    Path temp;

    @Test
    void applicantFilesTheTamifluDeliveryAndTheTrucksSendItToTheForumAndTheUn() {
        signIn("applicant");
        page.locator("nav[aria-label=main] a", new Page.LocatorOptions().setHasText("Cases")).click();
        assertThat(page.locator("h1")).hasText("Cases");
        page.locator("main a.button", new Page.LocatorOptions().setHasText("File a case")).click();
        assertThat(page).hasURL(url("/cases/new"));
        assertThat(page.locator("h1")).hasText("File a case");

        String title = "Tamiflu for the 2026 influenza season " + shortId();
        fillForm(title, "HUMANITARIAN");
        page.locator("select[name='counterparties[0].role']").selectOption("CONSIGNEE");
        page.locator("input[name='counterparties[0].name']").fill("Ministry of Public Health");
        page.locator("select[name='counterparties[0].kind']").selectOption("ORGANISATION");
        page.locator("input[name='counterparties[0].country']").fill("North Korea");
        page.locator("#itemList").setInputFiles(fixture("tamiflu-delivery.csv"));
        screenshot("case-new");
        page.locator("main form button[type=submit]", new Page.LocatorOptions().setHasText("Save draft")).click();

        String ref = refOfThisPage();
        assertThat(page.locator("main .flash")).hasText("Case " + ref + " saved as a draft.");
        assertThat(page.locator("h1")).hasText(ref + " · " + title);
        assertThat(page.locator("ul.facts .badge")).hasText("Draft");
        assertThat(page.locator("ul.facts")).containsText("rok-us-dg-consultation");
        assertThat(page.locator("#triage")).hasCount(0);
        Locator items = page.locator("#items table tbody tr");
        assertThat(items).hasCount(3);
        assertThat(items.nth(0)).containsText("Oseltamivir (Tamiflu) 75 mg capsules");
        assertThat(items.nth(0).locator("code")).hasText("3004.90");
        assertThat(items.nth(1)).containsText("Rapid influenza diagnostic test kit");
        assertThat(items.nth(1).locator("code")).hasText("3822.19");
        assertThat(items.nth(2)).containsText("Delivery truck");
        assertThat(items.nth(2).locator("code")).hasText("8704.21");
        assertThat(items.nth(2)).containsText("to the DPRK");
        assertThat(page.locator("#counterparties li")).hasText(Pattern.compile(
                "Ministry of Public Health\\s*·\\s*Consignee\\s*·\\s*North Korea"));
        screenshot("case-draft");

        submit();

        assertThat(page).hasURL(url("/cases/" + ref));
        assertThat(page.locator("main .flash")).hasText("Case " + ref + " submitted and triaged.");
        assertThat(page.locator("ul.facts .badge")).hasText("Submitted");
        assertThat(page.locator("#actions button", new Page.LocatorOptions().setHasText("Submit"))).hasCount(0);
        seesTheTrucksTriage();
        screenshot("case-triaged-trucks");

        // and it is in the applicant's list as submitted
        page.navigate(url("/cases"));
        Locator row = caseRow(ref);
        assertThat(row).containsText(title);
        assertThat(row.locator(".badge")).hasText("Submitted");
    }

    @Test
    void caseWithOnlyHarmlessGoodsNeedsOnlyANoticeToThePartner() throws IOException {
        Path list = csv("medicine-and-formula.csv", HEADER
                + "1,Oseltamivir (Tamiflu) 75 mg capsules,box of 10,5000,boxes,3004.90,18.50,92500.00,TO\n"
                + "2,Infant formula,\"powder, 800 g tin\",12000,tins,1901.10,9.00,108000.00,TO\n");
        signIn("applicant");

        String ref = fileDraft("Medicine and infant formula " + shortId(), list);
        assertThat(page.locator("#items table tbody tr")).hasCount(2);
        submit();

        Locator clearances = page.locator("#triage ol.clearances > li");
        assertThat(clearances).hasCount(1);
        Locator notice = clearances.first();
        assertThat(notice).hasClass(Pattern.compile("\\bauthority-PARTNER_NOTICE\\b"));
        assertThat(notice.locator("strong")).hasText("Notice to the partner (party proceeds alone)");
        assertThat(notice.locator("p").first()).containsText("No item rule and no unresolved screening hit applies");
        assertThat(notice.locator("p").first()).containsText("the party may proceed alone after notifying the partner");
        assertThat(notice.locator(".dates")).hasText(Pattern.compile("^\\d+ working days, due \\d{4}-\\d{2}-\\d{2}$"));
        assertThat(page.locator("#triage")).not().containsText("Joint review in the forum");
        assertThat(page.locator("#triage")).not().containsText("UN 1718 Committee exemption");
        // nothing to cite: no rules table
        assertThat(page.locator("#triage table")).hasCount(0);
        assertThat(page.locator("ul.facts")).containsText("Judged under");
        assertThat(page).hasURL(url("/cases/" + ref));
        screenshot("case-triaged-notice");
    }

    @Test
    void anotherApplicantCannotSeeTheCaseButADelegationMemberCan() {
        signIn("applicant");
        String title = "Tamiflu by truck " + shortId();
        String ref = fileDraft(title, fixture("tamiflu-delivery.csv"));
        submit();
        seesTheTrucksTriage();
        newSession();
        signIn("applicant2");
        Response response = page.navigate(url("/cases/" + ref));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Not found");
        assertThat(page.locator("main")).containsText("There is nothing at this address.");
        assertThat(page.locator("main")).not().containsText(title);
        screenshot("case-not-found-applicant2");

        page.navigate(url("/cases"));
        assertThat(page.locator("h1")).hasText("Cases");
        assertThat(page.locator("main a", new Page.LocatorOptions().setHasText(ref))).hasCount(0);
        assertThat(page.locator("main")).not().containsText(title);
        page.navigate(url("/cases?q=" + ref));
        assertThat(page.locator("main a", new Page.LocatorOptions().setHasText(ref))).hasCount(0);
        newSession();
        signIn("rok.member");
        response = page.navigate(url("/cases/" + ref));
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("h1")).hasText(ref + " · " + title);
        seesTheTrucksTriage();
        // a member reads; it neither submits, withdraws nor uploads
        assertThat(page.locator("#actions form")).hasCount(0);
        assertThat(page.locator("#documents form")).hasCount(0);
        screenshot("case-triaged-member");
        page.navigate(url("/cases"));
        assertThat(caseRow(ref)).containsText(title);
    }

    @Test
    void badItemListIsRefusedWithEveryProblemByRowAndColumnAndNoCaseIsCreated() throws IOException {
        Path list = csv("bad-list.csv", HEADER
                + "1,Oseltamivir (Tamiflu) 75 mg capsules,box of 10,5000,boxes,3004.90,18.50,92500.00,TO\n"
                + "2,Rapid influenza diagnostic test kit,25 tests per kit,many,kits,3822.19,105.00,,TO\n"
                + "3,Infant formula,800 g tin,12000,tins,,9.00,108000.00,TO\n");
        signIn("applicant");
        int before = caseCount();

        page.navigate(url("/cases/new"));
        String title = "Refused list " + shortId();
        fillForm(title, "HUMANITARIAN");
        page.locator("input[name='counterparties[0].name']").fill("Ministry of Public Health");
        page.locator("#itemList").setInputFiles(list);
        page.locator("main form button[type=submit]").click();

        assertThat(page.locator("h1")).hasText("File a case");
        Locator problems = page.locator("#itemList-error");
        assertThat(problems).isVisible();
        assertThat(problems).containsText("row 3, column Quantity: 'many' is not a number");
        assertThat(problems).containsText("row 4, column HS code: is empty");
        assertThat(problems).not().containsText("row 2");
        assertThat(page.locator("#itemList")).hasAttribute("aria-describedby", Pattern.compile("\\bitemList-error\\b"));
        // shown next to the file field, not repeated in a summary
        assertThat(page.locator("main .problems")).hasCount(0);
        // what was typed is still there to correct
        assertThat(page.locator("#title")).hasValue(title);
        assertThat(page.locator("#purpose")).hasValue(Pattern.compile("influenza season"));
        assertThat(page.locator("#category")).hasValue("HUMANITARIAN");
        assertThat(page.locator("input[name='counterparties[0].name']")).hasValue("Ministry of Public Health");
        screenshot("case-itemlist-refused");

        page.navigate(url("/cases"));
        assertThat(page.locator("main")).not().containsText(title);
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void koreanItemListIsAcceptedAndTheCaseReadsInKorean() {
        signIn("applicant");
        String ref = fileDraft("남북 산림협력 양묘장 자재 " + shortId(), "OTHER", NURSERY,
                fixture("forestry-nursery-korean.xlsx"));
        Locator items = page.locator("#items table tbody tr");
        assertThat(items).hasCount(3);
        assertThat(items.nth(0)).containsText("잣나무 묘목");
        assertThat(items.nth(0).locator("code")).hasText("0602.90");
        assertThat(items.nth(1).locator("code")).hasText("3920.10");
        assertThat(items.nth(2).locator("code")).hasText("3917.32");
        submit();

        page.navigate(url("/cases/" + ref + "?lang=ko"));
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        assertThat(page.locator("#triage h2")).hasText("분류 결과");
        assertThat(page.locator("#items h2")).hasText("물품");
        Locator notice = page.locator("#triage ol.clearances > li");
        assertThat(notice).hasCount(1);
        assertThat(notice.locator("strong")).hasText("상대국 통보 (단독 진행)");
        assertThat(notice.locator("p").first()).containsText("적용되는 품목 규칙도, 미해결 제재 명단 일치도 없으므로");
        assertThat(notice.locator("p").first()).containsText("단독으로 진행할 수 있습니다");
        assertThat(notice.locator(".dates")).hasText(Pattern.compile("^근무일 \\d+일, 기한 \\d{4}-\\d{2}-\\d{2}$"));
        assertThat(page.locator("main")).not().containsText("the party may proceed alone");
        screenshot("case-ko");
    }

    @Test
    void draftTakesATextDocumentAndRefusesAnExecutable() {
        signIn("applicant");
        String ref = fileDraft("Documents for the nursery " + shortId(), "OTHER", NURSERY,
                fixture("forestry-nursery-korean.xlsx"));
        Locator documents = page.locator("#documents ul li");
        assertThat(documents).hasCount(0);

        byte[] letter = "Letter of intent from the nursery's partner.\nDelivery at Kaesong.\n"
                .getBytes(StandardCharsets.UTF_8);
        page.locator("#document").setInputFiles(new FilePayload("letter-of-intent.txt", "text/plain", letter));
        page.locator("#documents form button[type=submit]").click();

        assertThat(page).hasURL(Pattern.compile("/cases/" + ref + "#documents$"));
        assertThat(page.locator("main .flash")).hasText("Document attached.");
        assertThat(documents).hasCount(1);
        assertThat(documents.first().locator("a")).hasText("letter-of-intent.txt");
        assertThat(documents.first().locator("a"))
                .hasAttribute("href", Pattern.compile("/cases/" + ref + "/documents/\\d+$"));
        assertThat(documents.first().locator("small")).hasText(Pattern.compile(
                "^text/plain; charset=UTF-8 · " + letter.length + " B · SHA-256 [0-9a-f]{12}…$"));
        screenshot("case-document-attached");

        byte[] executable = new byte[256];
        executable[0] = 'M';
        executable[1] = 'Z';
        executable[2] = (byte) 0x90;
        page.locator("#document").setInputFiles(new FilePayload("budget.pdf", "application/pdf", executable));
        page.locator("#documents form button[type=submit]").click();

        // the refusal stands in the documents section, naming the file, and the list is unchanged
        assertThat(page.locator("#documents .problems")).containsText("The document budget.pdf was not attached: "
                + "is not a PDF, PNG, JPEG, Word or Excel (OOXML) document or UTF-8 text; its content, not its name, decides");
        assertThat(page.locator("main .flash")).hasCount(0);
        assertThat(documents).hasCount(1);
        assertThat(page.locator("#documents ul")).not().containsText("budget.pdf");
        screenshot("case-document-refused");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** The clearances and rules the Tamiflu list with its delivery trucks gets under the selective charter. */
    private void seesTheTrucksTriage() {
        assertThat(page.locator("#triage h2")).hasText("Triage");
        Locator clearances = page.locator("#triage ol.clearances > li");
        assertThat(clearances).hasCount(2);

        Locator forum = clearances.nth(0);
        assertThat(forum).hasClass(Pattern.compile("\\bauthority-FORUM_REVIEW\\b"));
        assertThat(forum.locator("strong")).hasText("Joint review in the forum");
        assertThat(forum.locator("p").first()).containsText("this case goes to the forum because line 3 needs a 1718"
                + " Committee exemption (2397-7-vehicles, " + CITATION_2397_7 + ")");
        assertThat(forum.locator("p.muted")).hasText(CITATION_2397_7);

        Locator un = clearances.nth(1);
        assertThat(un).hasClass(Pattern.compile("\\bauthority-UN_1718_EXEMPTION\\b"));
        assertThat(un.locator("strong")).hasText("UN 1718 Committee exemption");
        assertThat(un.locator("p").first()).containsText("A 1718 Committee exemption is needed before the case may go"
                + " ahead: line 3 needs a 1718 Committee exemption (2397-7-vehicles, " + CITATION_2397_7 + ")");
        assertThat(un.locator("p.muted")).hasText(CITATION_2397_7);
        assertThat(page.locator("#triage")).not().containsText("Notice to the partner");

        assertThat(page.locator("#triage h3")).hasText("Rules that apply");
        Locator rules = page.locator("#triage table tbody tr");
        assertThat(rules).hasCount(1);
        assertThat(rules.first().locator("td").nth(0)).hasText("3");
        assertThat(rules.first().locator("td").nth(1)).hasText(CITATION_2397_7);
        assertThat(rules.first().locator("td").nth(2)).containsText("Line 3 (Delivery truck, HS 8704.21):"
                + " Transportation vehicles (HS 86 to 89");
    }

    private void fillForm(String title, String category) {
        fillForm(title, category, "Medicine and supplies for the influenza season, delivered across the border and"
                + " handed to the consignee at Kaesong.");
    }

    private void fillForm(String title, String category, String purpose) {
        page.locator("#title").fill(title);
        page.locator("#purpose").fill(purpose);
        page.locator("#category").selectOption(category);
        page.locator("#route").fill("Paju – Kaesong by road, Dorasan crossing");
    }

    /** Fills the form with a title and an item list, saves the draft, and returns the new case's ref. */
    private String fileDraft(String title, Path itemList) {
        return fileDraft(title, "HUMANITARIAN", "Medicine and supplies for the influenza season, delivered across the"
                + " border and handed to the consignee at Kaesong.", itemList);
    }

    private String fileDraft(String title, String category, String purpose, Path itemList) {
        page.navigate(url("/cases/new"));
        fillForm(title, category, purpose);
        page.locator("#itemList").setInputFiles(itemList);
        page.locator("main form button[type=submit]").click();
        String ref = refOfThisPage();
        assertThat(page.locator("h1")).hasText(ref + " · " + title);
        return ref;
    }

    private void submit() {
        page.locator("#actions button[type=submit]", new Page.LocatorOptions().setHasText("Submit")).click();
        assertThat(page.locator("main .flash")).hasText(Pattern.compile("submitted and triaged\\.$"));
    }

    /** The case ref from the address of the case page the browser has just been sent to. */
    private String refOfThisPage() {
        assertThat(page).hasURL(CASE_URL);
        Matcher m = CASE_URL.matcher(page.url());
        assertThat(m.find()).as("case ref in %s", page.url()).isTrue();
        return m.group(1);
    }

    private Locator caseRow(String ref) {
        return page.locator("main table tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("td:first-child a[href$='/cases/" + ref + "']")));
    }

    private int caseCount() {
        page.navigate(url("/cases"));
        assertThat(page.locator("h1")).hasText("Cases");
        return page.locator("main table tbody tr").count();
    }

    private Path csv(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Path fixture(String name) {
        try {
            return Paths.get(CaseFilingBrowserTests.class.getResource("/itemlists/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

}
