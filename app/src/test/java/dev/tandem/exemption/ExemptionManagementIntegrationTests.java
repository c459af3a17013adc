package dev.tandem.exemption;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.tandem.IntegrationTest;
import dev.tandem.casefile.CaseManagement;
import dev.tandem.casefile.ItemListImport;
import dev.tandem.casefile.LineItem;
import dev.tandem.clock.DeadlineReached;
import dev.tandem.clock.DeadlineSet;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.Refusals;
import dev.tandem.common.SystemActor;
import dev.tandem.journal.Journal;
import dev.tandem.journal.JournalEntry;

import static dev.tandem.exemption.ExemptionFixture.secretariat;
import static dev.tandem.exemption.ExemptionFixture.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class ExemptionManagementIntegrationTests {

    @Autowired
    ExemptionManagement exemptions;
    @Autowired
    CaseManagement cases;
    @Autowired
    ItemListImport itemLists;
    @Autowired
    Journal journal;
    @Autowired
    Refusals refusals;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    ApplicationEvents events;

    private String demoCase(String title) {
        return SystemActor.call(() -> cases.cases(null, 0, 200).cases().stream()
                .filter(c -> c.title().equals(title)).findFirst().orElseThrow().ref());
    }

    @Test
    void generatesTheVideoReunionPackageWithHangulInTheLetterAndTheItemsInAnnexTwo() throws Exception {
        String caseRef = demoCase(ExemptionDemoContent.VIDEO_REUNIONS);
        ExemptionRequest request = secretariat(() -> exemptions.draft(caseRef, ExemptionFixture.complete()));
        RequestPackage pkg = secretariat(() -> exemptions.generatePackage(request.ref()));

        byte[] pdf = secretariat(() -> exemptions.packageFile(request.ref(), pkg.version(), true));
        java.nio.file.Path kept = java.nio.file.Paths.get(System.getProperty("basedir", "."), "target",
                "exemption-letter-video-reunions.pdf");
        java.nio.file.Files.write(kept, pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String raw = new PDFTextStripper().getText(document);
            assertThat(raw).as("a reader copying the letter gets its spaces").doesNotContain("\u0000");
            text = raw.replaceAll("\\s+", " "); // lines wrap where the layout says: compare words
        }
        assertThat(text).contains("Republic of Korea", "대한민국", "한빛의료지원", request.ref(), caseRef,
                "Video cameras", "Fibre-optic cable", "8525.80", "8544.70", "2397", "90,000.00",
                "Red Cross Society of the DPRK", ExemptionFixture.MONITORING.substring(0, 40), "Annex I");

        byte[] xlsx = secretariat(() -> exemptions.packageFile(request.ref(), pkg.version(), false));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter cells = new DataFormatter(Locale.ENGLISH);
            assertThat(row(sheet.getRow(2), cells)).containsExactly(AnnexTwoList.HEADERS);
            assertThat(row(sheet.getRow(3), cells)).containsExactly("1", "Video cameras", "HD conference cameras",
                    "8525.80", "20", "piece", "", "60000");
            assertThat(row(sheet.getRow(4), cells)).containsExactly("2", "Fibre-optic cable",
                    "Single-mode, 2 km reels", "8544.70", "10", "reel", "", "30000");
            assertThat(cells.formatCellValue(sheet.getRow(5).getCell(1))).isEqualTo("Total");
            assertThat(cells.formatCellValue(sheet.getRow(5).getCell(7))).isEqualTo("90000");
        }
        List<LineItem> readBack = itemLists.read("annex-ii.xlsx", xlsx);
        assertThat(readBack).extracting(LineItem::description).containsExactly("Video cameras", "Fibre-optic cable");

        assertThat(pkg.letterSha256()).isEqualTo(ExemptionManagement.sha256(pdf));
        assertThat(entries(request.ref())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("exemption.package-generated");
            assertThat(e.after()).contains(pkg.letterSha256(), pkg.annexSha256());
        });
    }

    private static List<String> row(Row row, DataFormatter cells) {
        return java.util.stream.IntStream.range(0, AnnexTwoList.HEADERS.length)
                .mapToObj(i -> row.getCell(i) == null ? "" : cells.formatCellValue(row.getCell(i))).toList();
    }

    @Test
    void refusesAPackageWithoutTheMonitoringPlanSayingWhatToFillIn() {
        String caseRef = ExemptionFixture.videoReunionCase(cases);
        ExemptionRequest request = secretariat(() -> exemptions.draft(caseRef, ExemptionFixture.withoutMonitoring()));

        assertThat(secretariat(() -> exemptions.missing(request.ref()))).containsExactly("monitoringPlan");
        assertThatThrownBy(() -> secretariat(() -> exemptions.generatePackage(request.ref())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("monitoringPlan");
                    assertThat(refusals.reason(e, Locale.ENGLISH))
                            .contains("lacks 1 required elements", "Monitoring plan against diversion");
                    assertThat(refusals.reason(e, Locale.KOREAN)).contains("전용 방지 모니터링 계획");
                });
        assertThat(secretariat(() -> exemptions.packages(request.ref()))).isEmpty();
    }

    @Test
    void refusesSubmittingWithoutAPackageAndKeepsTheSentVersionUnchangeable() {
        String caseRef = ExemptionFixture.videoReunionCase(cases);
        ExemptionRequest request = secretariat(() -> exemptions.draft(caseRef, ExemptionFixture.complete()));
        secretariat(() -> exemptions.record(request.ref(), step(ExemptionStage.NATIONAL_REVIEW)));
        assertThatThrownBy(() -> secretariat(() -> exemptions.record(request.ref(), step(ExemptionStage.SUBMITTED))))
                .hasMessageContaining("has no package to send");

        RequestPackage pkg = secretariat(() -> exemptions.generatePackage(request.ref()));
        secretariat(() -> exemptions.record(request.ref(), step(ExemptionStage.SUBMITTED)));

        assertThat(secretariat(() -> exemptions.packages(request.ref()))).singleElement()
                .satisfies(p -> assertThat(p.sent()).isTrue());
        assertThatThrownBy(() -> secretariat(() -> exemptions.generatePackage(request.ref())))
                .hasMessageContaining("no longer changes");
        assertThatThrownBy(() -> secretariat(() -> exemptions.revise(request.ref(), ExemptionFixture.complete(), null)))
                .hasMessageContaining("no longer changes");
        assertThat(entries(request.ref())).anySatisfy(e -> assertThat(e.reason())
                .contains("sent package version 1", pkg.letterSha256(), pkg.annexSha256()));
    }

    @Test
    void refusesAFourthShipmentAndOneOverTheApprovedQuantitySayingByHowMuch() {
        String caseRef = ExemptionFixture.videoReunionCase(cases);
        ExemptionRequest approved = ExemptionFixture.approved(exemptions, caseRef, null);
        assertThat(approved.maxShipments()).isEqualTo(3);
        assertThat(approved.validUntil()).isEqualTo(LocalDate.now().plusMonths(9));
        LocalDate today = LocalDate.now();

        secretariat(() -> exemptions.ship(approved.ref(), shipment(today, 1, "5", 2, "4")));
        assertThatThrownBy(() -> secretariat(() -> exemptions.ship(approved.ref(), shipment(today, 2, "8"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("lines");
                    assertThat(refusals.reason(e, Locale.ENGLISH)).isEqualTo("line 2 (Fibre-optic cable) would "
                            + "exceed its approved quantity of 10 by 2 reel; 6 reel remain");
                    assertThat(refusals.reason(e, Locale.KOREAN)).contains("2 reel 초과");
                });
        secretariat(() -> exemptions.ship(approved.ref(), shipment(today, 2, "6")));
        secretariat(() -> exemptions.ship(approved.ref(), shipment(today, 1, "15")));
        assertThatThrownBy(() -> secretariat(() -> exemptions.ship(approved.ref(), shipment(today, 1, "0.5"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(refusals.reason(e, Locale.ENGLISH))
                        .isEqualTo("this would be shipment 4, but the rule in force since 2020-11-30 allows at most "
                                + "3 shipments"));

        ExemptionRequest after = secretariat(() -> exemptions.request(approved.ref()));
        assertThat(after.shipments()).hasSize(3);
        assertThat(after.used()).containsEntry(1, new BigDecimal("20.0000")).containsEntry(2, new BigDecimal("10.0000"));
    }

    @Test
    void setsRemindersBeforeExpiryAndExpiresOnItsDateOnce() {
        String caseRef = ExemptionFixture.videoReunionCase(cases);
        LocalDate until = LocalDate.now().plusDays(40);
        ExemptionRequest approved = ExemptionFixture.approved(exemptions, caseRef, until);

        assertThat(events.stream(DeadlineSet.class).filter(d -> d.key().equals(approved.ref())))
                .singleElement().satisfies(d -> {
                    assertThat(d.kind()).isEqualTo("exemption-expiry");
                    assertThat(d.dueAt()).isEqualTo(until.plusDays(1).atStartOfDay(
                            java.time.ZoneId.of("America/New_York")).toInstant());
                    assertThat(d.remindParties()).isEqualTo(Set.of("ROK"));
                    assertThat(d.link()).isEqualTo("/cases/" + caseRef + "/exemptions");
                });
        assertThat(events.stream(ExemptionDecided.class).filter(d -> d.exemptionRef().equals(approved.ref())))
                .containsExactly(new ExemptionDecided(caseRef, approved.ref(), true, until));

        java.time.Instant due = ExemptionManagement.endOf(until);
        publisher.publishEvent(new DeadlineReached("exemption-expiry", approved.ref(), due.minusSeconds(86_400)));
        assertThat(secretariat(() -> exemptions.request(approved.ref())).stage()).isEqualTo(ExemptionStage.APPROVED);

        publisher.publishEvent(new DeadlineReached("exemption-expiry", approved.ref(), due));
        publisher.publishEvent(new DeadlineReached("exemption-expiry", approved.ref(), due));
        ExemptionRequest expired = secretariat(() -> exemptions.request(approved.ref()));
        assertThat(expired.stage()).isEqualTo(ExemptionStage.EXPIRED);
        assertThat(expired.currentStep().enteredOn()).isEqualTo(until);
        assertThat(entries(approved.ref())).filteredOn(e -> e.action().equals("exemption.expired")).hasSize(1);
        assertThatThrownBy(() -> secretariat(() -> exemptions.ship(approved.ref(),
                shipment(LocalDate.now(), 1, "1")))).hasMessageContaining("is not in force");
    }

    @Test
    void movesTheEndDateOnAnApprovedExtensionAndJournalsIt() {
        String caseRef = ExemptionFixture.videoReunionCase(cases);
        LocalDate until = LocalDate.now().plusDays(30);
        ExemptionRequest approved = ExemptionFixture.approved(exemptions, caseRef, until);
        LocalDate later = until.plusDays(90);

        secretariat(() -> exemptions.requestExtension(approved.ref(), new ExtensionCommand(later, null, null)));
        assertThatThrownBy(() -> secretariat(() -> exemptions.requestExtension(approved.ref(),
                new ExtensionCommand(later.plusDays(1), null, null)))).hasMessageContaining("is still open");
        secretariat(() -> exemptions.moveExtension(approved.ref(), 1,
                new ExtensionCommand(null, ExtensionStatus.SUBMITTED, null)));
        assertThat(secretariat(() -> exemptions.request(approved.ref())).validUntil()).isEqualTo(until);
        Extension extension = secretariat(() -> exemptions.moveExtension(approved.ref(), 1,
                new ExtensionCommand(null, ExtensionStatus.APPROVED, null)));

        assertThat(extension.decidedOn()).isEqualTo(LocalDate.now());
        assertThat(secretariat(() -> exemptions.request(approved.ref())).validUntil()).isEqualTo(later);
        assertThat(entries(approved.ref())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("exemption.extension-approved");
            assertThat(e.before()).contains(until.toString());
            assertThat(e.after()).contains(later.toString());
        });
        assertThat(events.stream(DeadlineSet.class).filter(d -> d.key().equals(approved.ref())))
                .extracting(DeadlineSet::dueAt).containsExactly(ExemptionManagement.endOf(until),
                        ExemptionManagement.endOf(later));
        // the deadline of the old end date, if it still comes, changes nothing
        publisher.publishEvent(new DeadlineReached("exemption-expiry", approved.ref(), ExemptionManagement.endOf(until)));
        assertThat(secretariat(() -> exemptions.request(approved.ref())).stage()).isEqualTo(ExemptionStage.APPROVED);
    }

    @Test
    void keepsHoldsWithTheirMemberAndTheDaysOfEachStepForReports() {
        String caseRef = ExemptionFixture.videoReunionCase(cases);
        ExemptionRequest request = secretariat(() -> exemptions.draft(caseRef, ExemptionFixture.complete()));
        secretariat(() -> exemptions.generatePackage(request.ref()));
        secretariat(() -> exemptions.record(request.ref(), step(ExemptionStage.NATIONAL_REVIEW)));
        secretariat(() -> exemptions.record(request.ref(), step(ExemptionStage.SUBMITTED)));
        assertThatThrownBy(() -> secretariat(() -> exemptions.record(request.ref(), step(ExemptionStage.CIRCULATED))))
                .hasMessageContaining("no-objection deadline");
        secretariat(() -> exemptions.record(request.ref(), new StepCommand(ExemptionStage.CIRCULATED, null, null,
                LocalDate.now().plusDays(5), null, null)));
        assertThatThrownBy(() -> secretariat(() -> exemptions.record(request.ref(), step(ExemptionStage.ON_HOLD))))
                .hasMessageContaining("names the Committee member");
        ExemptionRequest held = secretariat(() -> exemptions.record(request.ref(),
                new StepCommand(ExemptionStage.ON_HOLD, null, "United States", null, null, null)));

        assertThat(held.currentStep().member()).isEqualTo("United States");
        assertThat(held.steps()).extracting(ExemptionStep::stage).containsExactly(ExemptionStage.DRAFTED,
                ExemptionStage.NATIONAL_REVIEW, ExemptionStage.SUBMITTED, ExemptionStage.CIRCULATED,
                ExemptionStage.ON_HOLD);
        assertThat(secretariat(() -> exemptions.stepTimes())).filteredOn(s -> s.exemptionRef().equals(request.ref()))
                .hasSize(5).allSatisfy(s -> assertThat(s.days(LocalDate.now())).isZero());
        List<StepTime> demo = secretariat(() -> exemptions.stepTimes());
        assertThat(demo).anySatisfy(s -> {
            assertThat(s.stage()).isEqualTo(ExemptionStage.CIRCULATED);
            assertThat(s.enteredOn()).isEqualTo(LocalDate.of(2018, 11, 21));
            assertThat(s.days(LocalDate.now())).isEqualTo(2);
        });
        assertThatThrownBy(() -> ExemptionFixture.as("applicant", "APPLICANT", null,
                () -> exemptions.request(request.ref())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static ShipmentCommand shipment(LocalDate on, Object... lineAndQuantity) {
        List<ShipmentCommand.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < lineAndQuantity.length; i += 2) {
            lines.add(new ShipmentCommand.Line((Integer) lineAndQuantity[i],
                    new BigDecimal((String) lineAndQuantity[i + 1])));
        }
        return new ShipmentCommand(on, lines);
    }

    private List<JournalEntry> entries(String ref) {
        return SystemActor.call(() -> journal.entries(null, 100, "exemption", ref));
    }

}
