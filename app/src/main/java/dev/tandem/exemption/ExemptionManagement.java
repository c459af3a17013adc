package dev.tandem.exemption;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.casefile.CaseFile;
import dev.tandem.casefile.CaseManagement;
import dev.tandem.clock.DeadlineSet;
import dev.tandem.common.ConflictException;
import dev.tandem.common.InputCheck;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;
import dev.tandem.common.RuleViolationException;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.Party;
import dev.tandem.identity.CurrentUser;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * A UN 1718 exemption request's life: the secretariat drafts it from a case that triage sent to the Committee,
 * completes what the case does not hold, generates the package (refused while an element is missing, listing each),
 * records each step through national review and the Committee, and then every shipment, extension and, on its
 * date, the expiry. Party staff read it. Every change is journaled in the same transaction; the approval and the
 * end of validity reach other modules as events.
 */
@Service
public class ExemptionManagement {

    static final String SEE = "@permissions.maySeeExemptions()";
    static final String RUN = "@permissions.mayRunExemptions()";
    /** The deadline kind the clock reminds of and fires when an exemption's validity ends. */
    public static final String EXPIRY = "exemption-expiry";
    /** Validity runs to the end of its last day where the Committee sits, the westernmost of those involved. */
    static final ZoneId COMMITTEE_ZONE = ZoneId.of("America/New_York");
    private static final String UN_CLEARANCE = "UN_1718_EXEMPTION";
    private static final String DEFAULT_PARTY = "ROK";

    private final ExemptionRequests requests;
    private final ValidityRules rules;
    private final ProjectOutlineLetter letter;
    private final CaseManagement cases;
    private final ForumManagement forums;
    private final CurrentUser user;
    private final Journal journal;
    private final ApplicationEventPublisher events;
    private final InputCheck input;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ExemptionManagement(ExemptionRequests requests, ValidityRules rules, ProjectOutlineLetter letter,
                        CaseManagement cases, ForumManagement forums, CurrentUser user, Journal journal,
                        ApplicationEventPublisher events, InputCheck input, Clock clock) {
        this.requests = requests;
        this.rules = rules;
        this.letter = letter;
        this.cases = cases;
        this.forums = forums;
        this.user = user;
        this.journal = journal;
        this.events = events;
        this.input = input;
        this.clock = clock;
    }

    // --- reading -------------------------------------------------------------------------------------------

    @PreAuthorize(SEE)
    @Transactional(readOnly = true)
    public List<ExemptionRequest> ofCase(String caseRef) {
        cases.caseFile(caseRef);
        return requests.ofCase(caseRef);
    }

    @PreAuthorize(SEE)
    @Transactional(readOnly = true)
    public ExemptionRequest request(String ref) {
        return found(ref);
    }

    /** The required elements still missing from a request, in the order of its elements (field names). */
    @PreAuthorize(SEE)
    @Transactional(readOnly = true)
    public List<String> missing(String ref) {
        ExemptionRequest request = found(ref);
        return RequestCheck.missing(request, cases.caseFile(request.caseRef()));
    }

    @PreAuthorize(SEE)
    @Transactional(readOnly = true)
    public List<RequestPackage> packages(String ref) {
        return requests.packages(found(ref).id());
    }

    /** A package file as generated: the letter (PDF) or the Annex II list (XLSX). */
    @PreAuthorize(SEE)
    @Transactional(readOnly = true)
    public byte[] packageFile(String ref, int version, boolean letterFile) {
        return requests.packageFile(found(ref).id(), version, letterFile)
                .orElseThrow(() -> new NotFoundException("version", "exemptionPackage", version));
    }

    /** Every step of every request with the days spent in it, for the reports. */
    @PreAuthorize(SEE)
    @Transactional(readOnly = true)
    public List<StepTime> stepTimes() {
        return requests.allSteps();
    }

    /** The validity rules with their effective dates. */
    @PreAuthorize(SEE)
    @Transactional(readOnly = true)
    public List<ValidityRule> validityRules() {
        return rules.all();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- the request and its package -----------------------------------------------------------------------

    /**
     * Drafts a request for a case that triage sent to the 1718 Committee, for the signed-in person's party, with
     * the items of the case and what the case already says (the requesting organisation, the nature of the
     * assistance from its purpose, the recipients from its end users and consignees) unless {@code details} says it.
     */
    @PreAuthorize(RUN)
    @Transactional
    public ExemptionRequest draft(String caseRef, RequestDetails details) {
        return draft(caseRef, details, today());
    }

    ExemptionRequest draft(String caseRef, RequestDetails details, LocalDate on) {
        CaseFile file = cases.caseFile(caseRef);
        if (details != null) {
            input.valid(details);
        }
        if (file.clearances().stream().noneMatch(c -> UN_CLEARANCE.equals(c.authority()))) {
            throw new RuleViolationException("caseRef", "refusal.exemption.noUnClearance", caseRef);
        }
        // the common case refused here; two drafts at the same instant both pass, and the storage refuses the second
        if (requests.ofCase(caseRef).stream().anyMatch(r -> r.stage().underWay())) {
            throw new ConflictException("caseRef", "refusal.exemption.openRequest", caseRef);
        }
        String party = user.party().orElse(DEFAULT_PARTY);
        RequestDetails prefilled = prefill(details == null ? RequestDetails.empty() : details, file);
        ExemptionRequest saved = requests.save(ExemptionRequest.draft(caseRef, party, prefilled,
                RequestCheck.items(file), on, user.actorName(), clock.instant()));
        journal.record(Change.of("exemption.drafted", "exemption", saved.ref()).to(ExemptionState.of(saved))
                .because("for case " + caseRef));
        return saved;
    }

    @PreAuthorize(RUN)
    @Transactional
    public ExemptionRequest revise(String ref, RequestDetails details, Integer version) {
        input.valid(details);
        ExemptionRequest request = current(ref, version);
        ExemptionState before = ExemptionState.of(request);
        request.revise(details);
        ExemptionRequest saved = requests.save(request);
        journal.record(Change.of("exemption.revised", "exemption", ref).from(before).to(ExemptionState.of(saved)));
        return saved;
    }

    /**
     * Generates a new version of the package: the letter and the Annex II list. Refused, naming every missing
     * element with what to fill in, while the request is incomplete; refused once it has gone to the Committee.
     */
    @PreAuthorize(RUN)
    @Transactional
    public RequestPackage generatePackage(String ref) {
        ExemptionRequest request = found(ref);
        if (!request.stage().beforeSubmission()) {
            throw new RuleViolationException("stage", "refusal.exemption.submittedAlready", ref,
                    ExemptionRequest.label(request.stage()));
        }
        CaseFile file = cases.caseFile(request.caseRef());
        List<String> missing = RequestCheck.missing(request, file);
        if (!missing.isEmpty()) {
            throw new RequestIncompleteException(missing);
        }
        int version = requests.packages(request.id()).size() + 1;
        PackageContent content = new PackageContent(request, file, party(request.requestingParty()),
                RequestCheck.reasons(file), today(), version);
        byte[] pdf = letter.render(content);
        byte[] xlsx = AnnexTwoList.write(content);
        RequestPackage pkg = new RequestPackage(version, clock.instant(), user.actorName(), sha256(pdf),
                sha256(xlsx), null);
        requests.addPackage(request.id(), ref, pkg, pdf, xlsx);
        journal.record(Change.of("exemption.package-generated", "exemption", ref)
                .to(Map.of("version", version, "letterSha256", pkg.letterSha256(), "annexSha256", pkg.annexSha256())));
        return pkg;
    }

    // --- steps through the Committee -----------------------------------------------------------------------

    /**
     * Records a step. Submitting sends the newest package version, which from then on never changes (its hashes
     * are journaled); an approval opens the validity window under the rule in force that day, sets the expiry
     * deadline with reminders for the requesting party, and, like a refusal, tells the case.
     */
    @PreAuthorize(RUN)
    @Transactional
    public ExemptionRequest record(String ref, StepCommand step) {
        input.valid(step);
        ExemptionRequest request = current(ref, step.version());
        LocalDate on = step.on() == null ? today() : step.on();
        if (on.isAfter(today())) {
            throw new InvalidInputException("on", "refusal.exemption.dateInFuture", today());
        }
        ExemptionState before = ExemptionState.of(request);
        String reason = null;
        if (step.stage() == ExemptionStage.SUBMITTED) {
            reason = send(request);
        }
        if (step.stage() == ExemptionStage.APPROVED) {
            request.approve(on, step.validUntil(), rules.inForceOn(on), user.actorName());
        } else {
            request.moveTo(step.stage(), on, user.actorName(), step.member(), step.deadline());
        }
        ExemptionRequest saved = requests.save(request);
        journal.record(Change.of("exemption.step-recorded", "exemption", ref).from(before)
                .to(ExemptionState.of(saved)).because(reason));
        if (saved.stage() == ExemptionStage.APPROVED) {
            expiryDeadline(saved);
            events.publishEvent(new ExemptionDecided(saved.caseRef(), ref, true, saved.validUntil()));
        } else if (saved.stage() == ExemptionStage.NOT_APPROVED) {
            events.publishEvent(new ExemptionDecided(saved.caseRef(), ref, false, null));
        }
        return saved;
    }

    private String send(ExemptionRequest request) {
        List<RequestPackage> packages = requests.packages(request.id());
        if (packages.isEmpty()) {
            throw new RuleViolationException("stage", "refusal.exemption.noPackage", request.ref());
        }
        RequestPackage newest = packages.get(packages.size() - 1);
        if (!request.stage().next().contains(ExemptionStage.SUBMITTED)) {
            return null; // the move itself is refused with its reason
        }
        if (!requests.markSent(request.id(), newest.version(), clock.instant())) {
            throw new ConflictException("stage", "refusal.exemption.changedMeanwhile", request.ref());
        }
        return "sent package version " + newest.version() + ": letter SHA-256 " + newest.letterSha256()
                + ", Annex II SHA-256 " + newest.annexSha256();
    }

    // --- after approval ------------------------------------------------------------------------------------

    /**
     * Records a shipment against the approved items. Refused beyond an approved quantity (saying by how much),
     * beyond the number of shipments the rule allows (saying which rule), or outside the validity window.
     */
    @PreAuthorize(RUN)
    @Transactional
    public Shipment ship(String ref, ShipmentCommand command) {
        input.valid(command);
        ExemptionRequest request = found(ref);
        if (command.shippedOn().isAfter(today())) {
            throw new InvalidInputException("shippedOn", "refusal.exemption.dateInFuture", today());
        }
        Map<Integer, BigDecimal> quantities = new LinkedHashMap<>();
        for (ShipmentCommand.Line line : command.lines()) {
            if (quantities.putIfAbsent(line.line(), line.quantity()) != null) {
                throw new InvalidInputException("lines", "refusal.exemption.lineTwice", line.line());
            }
        }
        Shipment shipment = request.ship(command.shippedOn(), quantities);
        requests.save(request);
        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("shipment", shipment.number());
        recorded.put("shippedOn", shipment.shippedOn().toString());
        recorded.put("quantities", new java.util.TreeMap<>(shipment.quantities()));
        journal.record(Change.of("exemption.shipment-recorded", "exemption", ref).to(recorded));
        return shipment;
    }

    /** Asks the Committee to keep an exemption valid longer; tracked on its own steps. */
    @PreAuthorize(RUN)
    @Transactional
    public Extension requestExtension(String ref, ExtensionCommand command) {
        if (command.until() == null) {
            throw new InvalidInputException("until", "refusal.required");
        }
        ExemptionRequest request = found(ref);
        Extension extension = request.requestExtension(command.until(), day(command.on()));
        requests.save(request);
        journal.record(Change.of("exemption.extension-requested", "exemption", ref)
                .to(Map.of("extension", extension.number(), "until", extension.requestedUntil().toString())));
        return extension;
    }

    /** Moves an extension request along; an approved one moves the end of validity, and the expiry with it. */
    @PreAuthorize(RUN)
    @Transactional
    public Extension moveExtension(String ref, int number, ExtensionCommand command) {
        if (command.status() == null) {
            throw new InvalidInputException("status", "refusal.required");
        }
        ExemptionRequest request = found(ref);
        LocalDate before = request.validUntil();
        Extension moved = request.moveExtension(number, command.status(), day(command.on()));
        ExemptionRequest saved = requests.save(request);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("extension", number);
        after.put("status", moved.status().name());
        after.put("validUntil", saved.validUntil().toString());
        journal.record(Change.of("exemption.extension-" + moved.status().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'), "exemption", ref)
                .from(Map.of("validUntil", before.toString())).to(after));
        if (moved.status() == ExtensionStatus.APPROVED) {
            expiryDeadline(saved);
            events.publishEvent(new ExemptionDecided(saved.caseRef(), ref, true, saved.validUntil()));
        }
        return moved;
    }

    /**
     * The expiry deadline came: the exemption expires if it is still in force and the deadline is its current end
     * (an extension may have moved it since). Called again, it changes nothing.
     */
    @Transactional
    public boolean expire(String ref, Instant dueAt) {
        ExemptionRequest request = requests.byRef(ref).orElse(null);
        if (request == null || !request.stage().inForce() || dueAt.isBefore(endOf(request.validUntil()))) {
            return false;
        }
        ExemptionState before = ExemptionState.of(request);
        request.expire(dueAt.atZone(COMMITTEE_ZONE).toLocalDate(), Journal.SYSTEM_ACTOR);
        ExemptionRequest saved = requests.save(request);
        journal.record(Change.of("exemption.expired", "exemption", ref).from(before).to(ExemptionState.of(saved))
                .because("validity ended on " + saved.validUntil()));
        return true;
    }

    static Instant endOf(LocalDate validUntil) {
        return validUntil.plusDays(1).atStartOfDay(COMMITTEE_ZONE).toInstant();
    }

    private void expiryDeadline(ExemptionRequest saved) {
        events.publishEvent(new DeadlineSet(EXPIRY, saved.ref(), endOf(saved.validUntil()),
                "UN 1718 exemption " + saved.ref() + " (case " + saved.caseRef() + ") valid until "
                        + saved.validUntil(),
                "/cases/" + saved.caseRef() + "/exemptions", Set.of(saved.requestingParty())));
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private LocalDate day(LocalDate on) {
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today())) {
            throw new InvalidInputException("on", "refusal.exemption.dateInFuture", today());
        }
        return day;
    }

    private ExemptionRequest found(String ref) {
        return requests.byRef(ref).orElseThrow(() -> new NotFoundException("ref", "exemption", ref));
    }

    private ExemptionRequest current(String ref, Integer version) {
        ExemptionRequest request = found(ref);
        if (version != null && version != request.version()) {
            throw new ConflictException("version", "refusal.exemption.staleVersion", ref,
                    String.valueOf(request.version()), String.valueOf(version));
        }
        return request;
    }

    Party party(String code) {
        return forums.parties().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElse(new Party(code, code, code));
    }

    private static RequestDetails prefill(RequestDetails d, CaseFile file) {
        String recipients = file.counterparties().stream()
                .filter(p -> p.role().name().equals("END_USER") || p.role().name().equals("CONSIGNEE"))
                .map(p -> p.country() == null ? p.name() : p.name() + " (" + p.country() + ")")
                .reduce((a, b) -> a + "; " + b).orElse(null);
        return new RequestDetails(d.requestingEntity() != null ? d.requestingEntity() : file.organisation(),
                d.channel() != null ? d.channel() : RoutingChannel.MEMBER_STATE,
                d.nature() != null ? d.nature() : file.purpose(),
                d.recipients() != null ? d.recipients() : recipients, d.recipientSelection(), d.shipmentPlan(),
                d.financialArrangements(), d.monitoringPlan());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
