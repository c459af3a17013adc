package dev.tandem.exemption;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import dev.tandem.BrowserTest;
import dev.tandem.casefile.CaseManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case from triage to an approved exemption and its first shipment, as the secretariat does it in Debian's
 * Chromium: the exemption panel of the case, what is missing, the package and its letter (its first page rendered to
 * {@code target/screenshots/exemption-letter.png}), each step through the Committee, and a shipment.
 */
class ExemptionBrowserTests extends BrowserTest {

    private static final Path SCREENSHOTS = Paths.get(System.getProperty("basedir", "."), "target", "screenshots");

    @Autowired
    CaseManagement cases;

    /** Generating a package renders a PDF; on a loaded machine that can take longer than the base class allows. */
    @BeforeEach
    void allowForRendering() {
        page.setDefaultTimeout(30_000);
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterEach
    void restoreTimeouts() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void secretariatTakesACaseFromTriageToAnApprovedExemptionAndAFirstShipment() throws Exception {
        String caseRef = ExemptionFixture.videoReunionCase(cases);
        signIn("secretariat");
        page.navigate(url("/cases/" + caseRef));
        assertThat(page.locator("#triage")).containsText("UN 1718 Committee exemption");
        page.locator("#exemption-panel").click();
        assertThat(page).hasURL(url("/cases/" + caseRef + "/exemptions"));

        page.locator("#draft-exemption").click();
        assertThat(page.locator(".flash")).containsText("drafted");
        assertThat(page.locator("section.exemption .problems")).containsText("Monitoring plan against diversion");
        page.locator("#generate-package").click();
        assertThat(page.locator("p.problems")).containsText("Monitoring plan against diversion");

        page.locator("#recipientSelection").fill("Families registered with the Red Cross of both sides, oldest first");
        page.locator("#shipmentPlan").fill("One shipment within a month");
        page.locator("#financialArrangements").fill("Paid from the cooperation fund to ROK suppliers");
        page.locator("#monitoringPlan").fill(ExemptionFixture.MONITORING);
        page.locator("#save-details").click();
        assertThat(page.locator(".flash")).containsText("saved");
        assertThat(page.locator("section.exemption div.problems")).hasCount(0);
        page.locator("#generate-package").click();
        assertThat(page.locator(".flash")).containsText("package version");

        String letterPath = page.locator("a.letter").first().getAttribute("href");
        APIResponse letter = page.context().request().get(url(letterPath));
        assertThat(letter.status()).isEqualTo(200);
        assertThat(letter.headers().get("content-type")).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(letter.body())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("대한민국", "Video cameras");
            BufferedImage first = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(first, "png", SCREENSHOTS.resolve("exemption-letter.png").toFile());
        }
        assertThat(Files.size(SCREENSHOTS.resolve("exemption-letter.png"))).isGreaterThan(10_000);

        step("NATIONAL_REVIEW");
        step("SUBMITTED");
        page.locator("#stage").selectOption("CIRCULATED");
        page.locator("#deadline").fill(java.time.LocalDate.now().plusDays(5).toString());
        page.locator("#record-step").click();
        assertThat(page.locator("section.exemption .badge").first()).hasText("Circulated");
        step("APPROVED");
        assertThat(page.locator("section.exemption .badge").first()).hasText("Approved");
        assertThat(page.locator("section.exemption .validity")).containsText(
                java.time.LocalDate.now().plusMonths(9).toString());

        page.locator("#line-1").fill("25");
        page.locator("#record-shipment").click();
        assertThat(page.locator("p.problems")).containsText("would exceed its approved quantity of 20 by 5 piece");
        page.locator("#line-1").fill("5");
        page.locator("#line-2").fill("10");
        page.locator("#record-shipment").click();
        assertThat(page.locator("ol.shipments")).containsText("Shipment 1 on " + java.time.LocalDate.now());
        assertThat(page.locator("section.exemption")).containsText("1 of 3 shipments used");
        assertThat(page.locator("table.steps tbody tr")).hasCount(5);
        screenshot("exemption-approved-and-shipped");
    }

    private void step(String stage) {
        page.locator("#stage").selectOption(stage);
        page.locator("#record-step").click();
        assertThat(page.locator(".flash")).containsText("recorded");
    }
}
