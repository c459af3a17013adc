package dev.tandem.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tandem.common.SystemActor;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;
import dev.tandem.screening.NameToScreen;
import dev.tandem.screening.ScreeningManagement;

/**
 * The cases of 2018–2021 as data (BRIEF §3.3): the joint railway survey, the Tamiflu shipment and its trucks, video
 * reunions of separated families, the Kaesong business owners' visits, the sugar-for-liquor barter, an NGO
 * assistance package still open when the working group ended, and the rail and road groundbreaking ceremony. Each is
 * triaged for real, by the rules and the working group's charter in force on the day it was filed, and carries its
 * history to its outcome. Filed while the working group is active; {@code ForumDemoEnding} then hands the open one to
 * the successor. Applicants and DPRK counterparts are demo stand-ins; in the barter case a UN-listed entity stands in
 * for the sanctions-linked firm of the real deal, which the sources do not name.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class CaseDemoContent implements ApplicationRunner {

    private static final String WORKING_GROUP = "rok-us-working-group";

    private final CaseFiles cases;
    private final CaseTriage triage;
    private final ScreeningManagement screening;
    private final Journal journal;
    private final TransactionTemplate transaction;
    private final dev.tandem.decision.ClearanceWork clearanceWork;

    CaseDemoContent(CaseFiles cases, CaseTriage triage, ScreeningManagement screening, Journal journal,
                    TransactionTemplate transaction, dev.tandem.decision.ClearanceWork clearanceWork) {
        this.clearanceWork = clearanceWork;
        this.cases = cases;
        this.triage = triage;
        this.screening = screening;
        this.journal = journal;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!cases.allRefs().isEmpty()) {
            return;
        }
        SystemActor.run(() -> transaction.executeWithoutResult(status -> load()));
    }

    private void load() {
        record("applicant2", "Saemaeul Rail Works (demo company)", new CaseDraft(
                "Joint survey of the Gyeongui and Donghae railway lines",
                "Joint inspection of about 1,200 km of North Korean track (Gyeongui 400 km, Donghae 800 km) by 28 ROK "
                        + "staff, with a survey train crossing at Dorasan; the fuel and goods carried need a UN exemption.",
                CaseCategory.INFRASTRUCTURE, "Dorasan station – Panmun station – Kaesong – Sinuiju; Donghae line",
                day("2018-11-30"), day("2018-12-17"), false,
                List.of(fuel(item("Diesel fuel for the survey train", "Light diesel oil", "55000", "l", "2710.19", "61600", "TO"),
                                "gas-oil-diesel"),
                        item("Track geometry measuring equipment", "Portable, returns with the train", "2", "set",
                                "9031.80", "84000", "TO")),
                List.of(new Counterparty(CounterpartyRole.END_USER, "Ministry of Railways (DPRK)", "ORGANISATION",
                        "North Korea"))),
                day("2018-11-20"), CaseStatus.CLOSED, "UN 1718 Committee exemption by written procedure on 23 Nov 2018 "
                        + "(survey only); survey carried out 30 Nov – 17 Dec 2018");

        record("applicant", "Hanbit Medical Aid (demo NGO)", new CaseDraft(
                "Tamiflu and rapid test kits for influenza",
                "200,000 doses of Tamiflu and 50,000 rapid diagnostic kits for the 2018–19 influenza season, delivered "
                        + "by truck across the border.",
                CaseCategory.HUMANITARIAN, "Paju – Kaesong by road", day("2019-01-11"), day("2019-01-11"), false,
                List.of(item("Tamiflu (oseltamivir) 75 mg capsules", "10 capsules per pack", "200000", "doses", "3004.90",
                                "2000000", "TO"),
                        item("Rapid influenza diagnostic kits", "Antigen test", "50000", "kits", "3822.00", "250000", "TO"),
                        item("Delivery trucks", "5 t cargo trucks, to cross into the DPRK", "4", "piece", "8704.22",
                                "240000", "TO")),
                List.of(new Counterparty(CounterpartyRole.CONSIGNEE, "Ministry of Public Health (DPRK)", "ORGANISATION",
                        "North Korea"))),
                day("2018-12-20"), CaseStatus.WITHDRAWN, "Delivery set for 11 Jan 2019 postponed over the trucks; the "
                        + "shipment later collapsed");

        record("applicant", "Hanbit Medical Aid (demo NGO)", new CaseDraft(
                "Video reunions of separated families",
                "Cameras, monitors and fibre-optic cable to equip video reunion rooms for separated families, as agreed "
                        + "in the Pyongyang Joint Declaration of September 2018.",
                CaseCategory.FAMILY_REUNION, "Via the Kaesong liaison office", day("2019-04-01"), day("2019-12-31"), false,
                List.of(item("Video cameras", "HD conference cameras", "20", "piece", "8525.80", "60000", "TO"),
                        item("Fibre-optic cable", "Single-mode, 2 km reels", "10", "reel", "8544.70", "30000", "TO")),
                List.of(new Counterparty(CounterpartyRole.END_USER, "Red Cross Society of the DPRK", "ORGANISATION",
                        "North Korea"))),
                day("2019-02-25"), CaseStatus.CLOSED, "UN exemption on 8 Mar 2019; working group clearance on 14 Mar 2019");

        record("applicant2", "Saemaeul Rail Works (demo company)", new CaseDraft(
                "Kaesong business owners' visit to check their assets",
                "Owners of companies in the Kaesong Industrial Complex ask to visit to inspect their plants; no goods "
                        + "are carried.",
                CaseCategory.EXCHANGE, "Road crossing at Dorasan", day("2019-06-01"), day("2019-06-01"), false,
                List.of(), List.of(new Counterparty(CounterpartyRole.OTHER, "Central Special Direct General Bureau (Kaesong)",
                        "ORGANISATION", "North Korea"))),
                day("2019-04-30"), CaseStatus.DECIDED, "Approved by Seoul on 17 May 2019 (9th request); the DPRK never answered");

        record("applicant2", "Saemaeul Rail Works (demo company)", new CaseDraft(
                "Sugar bartered for North Korean liquor",
                "167 tonnes of sugar to the DPRK in exchange for liquor, a barter to avoid cash payments.",
                CaseCategory.TRADE, "Nampo – Incheon by sea", day("2020-09-01"), day("2020-12-31"), false,
                List.of(item("Sugar", "White cane sugar", "167", "t", "1701.99", "90000", "TO"),
                        item("Liquor", "Distilled spirits", "35000", "bottle", "2208.90", "90000", "FROM")),
                List.of(new Counterparty(CounterpartyRole.SUPPLIER, "Korea Ryonbong General Corporation", "ORGANISATION",
                        "North Korea"))),
                day("2020-06-15"), CaseStatus.WITHDRAWN, "Stalled: the counterparty is linked to a sanctioned network");

        record("applicant", "Hanbit Medical Aid (demo NGO)", new CaseDraft(
                "Annual assistance package for hospitals in North Hwanghae",
                "Medicines, infant formula and water purification tablets for provincial hospitals over one year, as "
                        + "NGOs proposed in December 2020 for a yearly comprehensive exemption.",
                CaseCategory.HUMANITARIAN, "Dandong – Sinuiju by rail", day("2021-09-01"), day("2022-08-31"), false,
                List.of(item("Antibiotics (amoxicillin)", "500 mg capsules", "400000", "doses", "3004.10", "120000", "TO"),
                        item("Infant formula", "800 g tins", "20000", "tin", "1901.10", "160000", "TO"),
                        item("Water purification tablets", "Sodium dichloroisocyanurate", "1000000", "tablet", "3808.94",
                                "40000", "TO")),
                List.of(new Counterparty(CounterpartyRole.CONSIGNEE, "Ministry of Public Health (DPRK)", "ORGANISATION",
                        "North Korea"))),
                day("2020-12-21"), CaseStatus.SUBMITTED, null);

        // filed last so that the cases above keep their references
        record("applicant2", "Saemaeul Rail Works (demo company)", new CaseDraft(
                "Groundbreaking ceremony for reconnecting the railways and roads",
                "Ceremony at Panmun station on 26 December 2018 to start the reconnection of the Gyeongui and Donghae "
                        + "railways and roads; a generator, lighting and sound equipment are taken in for the day.",
                CaseCategory.INFRASTRUCTURE, "Dorasan station – Panmun station by special train", day("2018-12-26"),
                day("2018-12-26"), false,
                List.of(item("Diesel generator", "100 kVA, mobile, returns after the ceremony", "1", "set", "8502.11",
                                "45000", "TO"),
                        item("Sound and lighting equipment", "Loudspeakers, amplifiers and floodlights", "1", "lot",
                                "8518.40", "30000", "TO")),
                List.of(new Counterparty(CounterpartyRole.END_USER, "Ministry of Railways (DPRK)", "ORGANISATION",
                        "North Korea"))),
                day("2018-12-21"), CaseStatus.CLOSED, "UN exemption on 24 Dec 2018; ceremony at Panmun station on "
                        + "26 Dec 2018");
    }

    /** Files a case as it happened: drafted and submitted on {@code filedOn}, triaged then, then to its outcome. */
    private void record(String applicant, String organisation, CaseDraft draft, LocalDate filedOn, CaseStatus outcome,
                        String outcomeNote) {
        CaseManagement.checkDates(draft);
        Instant filed = filedOn.atStartOfDay().toInstant(ZoneOffset.UTC);
        CaseFile file = cases.save(CaseFile.draft(draft, applicant, organisation, WORKING_GROUP, filed));
        for (int i = 0; i < file.counterparties().size(); i++) {
            Counterparty party = file.counterparties().get(i);
            screening.watch(CaseTriage.subjectRef(file.ref(), i),
                    NameToScreen.of(party.name(), party.kind()));
        }
        file.submit(filedOn, filed.plusSeconds(3600), applicant);
        CaseTriage.Outcome result = triage.triage(file, filedOn);
        file.triaged(result.ruleVersion(), result.charterForum(), result.charterVersion(), result.findings(),
                result.clearances());
        Instant later = filed.plusSeconds(86_400L * 14);
        if (outcome != CaseStatus.SUBMITTED) {
            if (outcome == CaseStatus.WITHDRAWN) {
                file.withdraw(later, "secretariat", outcomeNote);
            } else {
                file.startReview(filed.plusSeconds(86_400L * 2), "secretariat", null);
                file.recordDecision(later, "secretariat", outcomeNote);
                if (outcome == CaseStatus.CLOSED) {
                    file.close(later.plusSeconds(86_400L * 30), "secretariat", null);
                }
            }
        }
        CaseFile saved = cases.save(file);
        journal.record(Change.of("casefile.recorded", "case", saved.ref()).to(CaseState.of(saved))
                .because("demo: the record of 2018–2021 (BRIEF §3.3)"));
        // each clearance gets its life from the filing day; DecisionDemoContent then plays the positions and outcomes
        clearanceWork.triaged(CaseManagement.triaged(saved, filedOn));
    }

    private static LineItem item(String description, String specification, String quantity, String unit, String hs,
                                 String total, String direction) {
        return new LineItem(description, specification, new BigDecimal(quantity), unit, hs, null, new BigDecimal(total),
                direction, false, false);
    }

    /** The line as the petroleum product it is, which the refined-petroleum cap converts by (2397 para 5). */
    private static LineItem fuel(LineItem item, String product) {
        return new LineItem(item.description(), item.specification(), item.quantity(), item.unit(), item.hsCode(),
                item.unitValueUsd(), item.totalValueUsd(), item.direction(), item.possibleMilitaryUse(),
                item.declaredPurpose(), product, null, null);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

}
