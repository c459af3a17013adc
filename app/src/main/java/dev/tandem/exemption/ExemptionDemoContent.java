package dev.tandem.exemption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.casefile.CaseFile;
import dev.tandem.casefile.CaseManagement;
import dev.tandem.casefile.CaseSummary;
import dev.tandem.common.SystemActor;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * The exemptions of 2018–2019 as data (BRIEF §3.3, §1.4, §1.6), on the demo cases of the same projects: the railway
 * survey, approved by written procedure on 2018-11-23 and never published, its fuel and equipment taken in when the
 * survey started on 2018-11-30; the groundbreaking ceremony, approved on 2018-12-24, its goods taken in for the
 * ceremony of 2018-12-26; the video reunions, approved on 2019-03-08, with no shipment (the sources record none).
 * Each is valid for six months under the guidance of 2018 and has expired since. The steps before approval are dated
 * from the filing day, as the sources give no more; the monitoring and financial texts are demo stand-ins.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class ExemptionDemoContent implements ApplicationRunner {

    static final String RAILWAY = "Joint survey of the Gyeongui and Donghae railway lines";
    static final String GROUNDBREAKING = "Groundbreaking ceremony for reconnecting the railways and roads";
    static final String VIDEO_REUNIONS = "Video reunions of separated families";

    private final ExemptionRequests requests;
    private final ValidityRules rules;
    private final CaseManagement cases;
    private final Journal journal;
    private final TransactionTemplate transaction;

    ExemptionDemoContent(ExemptionRequests requests, ValidityRules rules, CaseManagement cases, Journal journal,
                         TransactionTemplate transaction) {
        this.requests = requests;
        this.rules = rules;
        this.cases = cases;
        this.journal = journal;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!requests.allRefs().isEmpty()) {
            return;
        }
        SystemActor.run(() -> transaction.executeWithoutResult(status -> load()));
    }

    private void load() {
        List<CaseSummary> all = cases.cases(null, 0, 200).cases();
        record(all, RAILWAY, "2018-11-20", "2018-11-21", "2018-11-23", false,
                "Survey of about 1,200 km of track by 28 ROK staff with a survey train (30 Nov – 17 Dec 2018); "
                        + "fuel and measuring equipment taken in with the train and brought back.",
                Map.of("2018-11-30", Map.of(1, "55000", 2, "2")));
        record(all, GROUNDBREAKING, "2018-12-21", "2018-12-21", "2018-12-24", true,
                "Ceremony at Panmun station on 26 December 2018; the equipment returns the same day.",
                Map.of("2018-12-26", Map.of(1, "1", 2, "1")));
        record(all, VIDEO_REUNIONS, "2019-02-25", "2019-02-28", "2019-03-08", true,
                "Equipment for video reunion rooms, to go in one shipment through the liaison office.", Map.of());
    }

    private void record(List<CaseSummary> all, String title, String filed, String submitted, String approved,
                        boolean published, String shipmentPlan, Map<String, Map<Integer, String>> shipments) {
        CaseSummary summary = all.stream().filter(c -> c.title().equals(title)).findFirst().orElse(null);
        if (summary == null) {
            return;
        }
        CaseFile file = cases.caseFile(summary.ref());
        RequestDetails details = new RequestDetails(file.organisation(), RoutingChannel.MEMBER_STATE, file.purpose(),
                file.counterparties().get(0).name(),
                "The DPRK counterpart named in the inter-Korean agreement for the project (demo text).", shipmentPlan,
                "Paid by the Ministry of Unification's inter-Korean cooperation fund to the suppliers in the ROK; no "
                        + "funds go to the DPRK (demo text).",
                "ROK staff accompany the goods and check their use on site; equipment not consumed is brought back "
                        + "and counted (demo text).");
        ExemptionRequest request = ExemptionRequest.draft(file.ref(), "ROK", details, RequestCheck.items(file),
                day(filed), SystemActor.NAME, day(filed).atStartOfDay().toInstant(ZoneOffset.UTC));
        request.moveTo(ExemptionStage.NATIONAL_REVIEW, day(filed), SystemActor.NAME, null, null);
        request.moveTo(ExemptionStage.SUBMITTED, day(submitted), SystemActor.NAME, null, null);
        request.moveTo(ExemptionStage.CIRCULATED, day(submitted), SystemActor.NAME, null, day(approved));
        request.approve(day(approved), null, rules.inForceOn(day(approved)), SystemActor.NAME);
        if (published) {
            request.moveTo(ExemptionStage.PUBLISHED, day(approved), SystemActor.NAME, null, null);
        }
        shipments.forEach((on, lines) -> {
            Map<Integer, BigDecimal> quantities = new java.util.TreeMap<>();
            lines.forEach((line, q) -> quantities.put(line, new BigDecimal(q)));
            request.ship(day(on), quantities);
        });
        request.expire(request.validUntil(), SystemActor.NAME);
        ExemptionRequest saved = requests.save(request);
        journal.record(Change.of("exemption.recorded", "exemption", saved.ref()).to(ExemptionState.of(saved))
                .because("demo: the exemptions of 2018–2019 (BRIEF §3.3)"));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
