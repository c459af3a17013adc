package dev.tandem.exemption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;


import dev.tandem.Acting;
import dev.tandem.casefile.CaseCategory;
import dev.tandem.casefile.CaseDraft;
import dev.tandem.casefile.CaseFile;
import dev.tandem.casefile.CaseManagement;
import dev.tandem.casefile.Counterparty;
import dev.tandem.casefile.CounterpartyRole;
import dev.tandem.casefile.LineItem;

/** Cases and requests for the exemption tests, made through the services as the people who would make them. */
final class ExemptionFixture {

    private static final AtomicInteger COUNT = new AtomicInteger();

    static final String MONITORING = "Red Cross staff of both sides check each reunion room monthly; equipment "
            + "found elsewhere is reported to the Committee.";

    private ExemptionFixture() {
    }

    /** A submitted case of the applicant like the video reunions: cameras and cable, which need a UN exemption. */
    static String videoReunionCase(CaseManagement cases) {
        // named: other test classes sharing the database open forums of their own
        return videoReunionCase(cases, "rok-us-dg-consultation");
    }

    /** The same case before the given forum. */
    static String videoReunionCase(CaseManagement cases, String forumCode) {
        return as("applicant", "APPLICANT", null, () -> {
            CaseFile file = cases.fileDraft(new CaseDraft("Video reunion rooms " + COUNT.incrementAndGet(),
                    "Cameras and fibre-optic cable for video reunion rooms of separated families",
                    CaseCategory.FAMILY_REUNION, "Via the Kaesong liaison office", LocalDate.now(),
                    LocalDate.now().plusMonths(6), false,
                    List.of(new LineItem("Video cameras", "HD conference cameras", new BigDecimal("20"), "piece",
                                    "8525.89", null, new BigDecimal("60000"), "TO", false, false),
                            new LineItem("Fibre-optic cable", "Single-mode, 2 km reels", new BigDecimal("10"), "reel",
                                    "8544.70", null, new BigDecimal("30000"), "TO", false, false)),
                    List.of(new Counterparty(CounterpartyRole.END_USER, "Red Cross Society of the DPRK",
                            "ORGANISATION", "North Korea")), java.util.Set.of(),
                    forumCode));
            return cases.submit(file.ref(), file.version()).ref();
        });
    }

    static RequestDetails complete() {
        return new RequestDetails("한빛의료지원 (Hanbit Medical Aid)", RoutingChannel.MEMBER_STATE, null, null,
                "Families registered with the Red Cross of both sides, oldest first", "One shipment within a month",
                "Paid from the inter-Korean cooperation fund to ROK suppliers; no funds to the DPRK", MONITORING);
    }

    static RequestDetails withoutMonitoring() {
        RequestDetails d = complete();
        return new RequestDetails(d.requestingEntity(), d.channel(), d.nature(), d.recipients(),
                d.recipientSelection(), d.shipmentPlan(), d.financialArrangements(), null);
    }

    /** A request for the case taken through the Committee to approval today (validity: as the rule allows). */
    static ExemptionRequest approved(ExemptionManagement exemptions, String caseRef, LocalDate validUntil) {
        return secretariat(() -> {
            ExemptionRequest r = exemptions.draft(caseRef, complete());
            exemptions.generatePackage(r.ref());
            exemptions.record(r.ref(), step(ExemptionStage.NATIONAL_REVIEW));
            exemptions.record(r.ref(), step(ExemptionStage.SUBMITTED));
            exemptions.record(r.ref(), new StepCommand(ExemptionStage.CIRCULATED, null, null,
                    LocalDate.now().plusDays(5), null, null));
            return exemptions.record(r.ref(), new StepCommand(ExemptionStage.APPROVED, null, null, null, validUntil,
                    null));
        });
    }

    static StepCommand step(ExemptionStage stage) {
        return new StepCommand(stage, null, null, null, null, null);
    }

    static <T> T secretariat(Supplier<T> work) {
        return Acting.secretariat(work);
    }

    static <T> T as(String user, String role, String party, Supplier<T> work) {
        return Acting.as(user, role, party, work);
    }
}
