package dev.tandem.casefile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.CleanTextValidator;
import dev.tandem.common.ConflictException;
import dev.tandem.common.InputCheck;
import dev.tandem.common.PausePoint;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;
import dev.tandem.common.RuleViolationException;
import dev.tandem.common.SystemActor;
import dev.tandem.forum.ForumHandedOver;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.ForumSummary;
import dev.tandem.identity.UserManagement;
import dev.tandem.identity.UserView;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;
import dev.tandem.screening.ScreeningHitRaised;

/**
 * The case module's API: applicants file and follow their own cases, answer questions and attach documents; the
 * secretariat moves cases along and re-triages them; everyone allowed reads them. An applicant never learns that
 * another applicant's case exists. Every change is journaled.
 */
@Service
public class CaseManagement {

    static final String STAFF = "hasAnyRole('SECRETARIAT','ADMINISTRATOR')";
    /** The parties whose working group Tandem serves; a new case goes to their open forum. */
    private static final Set<String> ALLIES = Set.of("ROK", "US");

    private final CaseFiles cases;
    private final CaseDocuments documents;
    private final InformationRequests questions;
    private final CaseTriage triage;
    private final ForumManagement forums;
    private final UserManagement users;
    private final Journal journal;
    private final InputCheck input;
    private final Clock clock;

    CaseManagement(CaseFiles cases, CaseDocuments documents, InformationRequests questions, CaseTriage triage,
                   ForumManagement forums, UserManagement users, Journal journal, InputCheck input, Clock clock) {
        this.cases = cases;
        this.documents = documents;
        this.questions = questions;
        this.triage = triage;
        this.forums = forums;
        this.users = users;
        this.journal = journal;
        this.input = input;
        this.clock = clock;
    }

    // --- reading -------------------------------------------------------------------------------------------

    /** Cases the caller may see, newest first: an applicant's own, or all for party staff. */
    @Transactional(readOnly = true)
    public List<CaseSummary> cases(CaseStatus status) {
        return cases.rows(applicantOrNull(), status, 500);
    }

    @Transactional(readOnly = true)
    public CaseFile caseFile(String ref) {
        return visible(ref);
    }

    @Transactional(readOnly = true)
    public List<CaseDocument> documents(String ref) {
        return documents.of(visible(ref).id());
    }

    /** A document's bytes, for someone allowed to see its case. */
    @Transactional(readOnly = true)
    public Download download(String ref, long documentId) {
        CaseFile file = visible(ref);
        CaseDocument document = documents.byId(file.id(), documentId)
                .orElseThrow(() -> new NotFoundException("document", "document", documentId));
        return new Download(document, documents.content(documentId));
    }

    public record Download(CaseDocument document, byte[] content) {

        /** The document as an HTTP attachment: its detected type, its own name, its checksum. */
        public org.springframework.http.ResponseEntity<byte[]> asAttachment() {
            return org.springframework.http.ResponseEntity.ok()
                    .contentType(org.springframework.http.MediaType.parseMediaType(document.mediaType()))
                    .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                            org.springframework.http.ContentDisposition.attachment()
                                    .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                    .header("X-Checksum-SHA256", document.sha256())
                    .body(content);
        }
    }

    @Transactional(readOnly = true)
    public List<InformationRequest> informationRequests(String ref) {
        return questions.of(visible(ref).id());
    }

    // --- the applicant's side ------------------------------------------------------------------------------

    /** Starts a draft case for the signed-in applicant; it goes to the allies' open forum. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public CaseFile fileDraft(CaseDraft draft) {
        validate(draft);
        triage.checkTerms(draft, LocalDate.now(clock));
        UserView applicant = users.currentUser().orElseThrow();
        ForumSummary forum = forums.openForumsOf(ALLIES).stream().findFirst()
                .orElseThrow(() -> new RuleViolationException("forum", "refusal.casefile.noOpenForum"));
        CaseFile saved = cases.save(CaseFile.draft(draft, applicant.username(), applicant.organisation(), forum.code(),
                clock.instant()));
        journal.record(Change.of("casefile.drafted", "case", saved.ref()).to(CaseState.of(saved)));
        return saved;
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public CaseFile revise(String ref, CaseDraft draft, Integer version) {
        CaseFile file = owned(ref, version);
        validate(draft);
        triage.checkTerms(draft, LocalDate.now(clock));
        CaseState before = CaseState.of(file);
        file.revise(draft);
        CaseFile saved = cases.save(file);
        journal.record(Change.of("casefile.revised", "case", ref).from(before).to(CaseState.of(saved)));
        return saved;
    }

    /**
     * Submits a draft: its counterparties are screened, its items checked against the rules in force today, and
     * the forum's charter in force today decides which clearances it needs.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public CaseFile submit(String ref, Integer version) {
        CaseFile file = owned(ref, version);
        if (file.items().isEmpty() && file.counterparties().isEmpty()) {
            throw new InvalidInputException("items", "refusal.casefile.nothingToSubmit");
        }
        CaseState before = CaseState.of(file);
        LocalDate today = LocalDate.now(clock);
        file.submit(today, clock.instant(), actor());
        CaseTriage.Outcome outcome = triage.triage(file, today);
        file.triaged(outcome.ruleVersion(), outcome.charterVersion(), outcome.findings(), outcome.clearances());
        CaseFile saved = cases.save(file);
        PausePoint.reach("case-submit");
        journal.record(Change.of("casefile.submitted", "case", ref).from(before).to(CaseState.of(saved))
                .because(outcome.summary()));
        return saved;
    }

    @PreAuthorize("hasAnyRole('APPLICANT','SECRETARIAT','ADMINISTRATOR')")
    @Transactional
    public CaseFile withdraw(String ref, String reason, Integer version) {
        CaseFile file = applicantOrNull() != null ? owned(ref, version) : staffCase(ref, version);
        requireReason(reason);
        CaseFile withdrawn = moveStatus(file, "casefile.withdrawn", reason,
                () -> file.withdraw(clock.instant(), actor(), reason));
        triage.release(ref);
        return withdrawn;
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public InformationRequest answer(String ref, long requestId, String answer) {
        CaseFile file = owned(ref, null);
        text("answer", answer, CaseLimits.ANSWER);
        InformationRequest question = questions.byId(file.id(), requestId)
                .orElseThrow(() -> new NotFoundException("request", "informationRequest", requestId));
        if (!questions.answer(file.id(), requestId, answer.strip(), actor(), clock.instant())) {
            throw new RuleViolationException("request", "refusal.casefile.answeredAlready",
                    String.valueOf(requestId));
        }
        InformationRequest answered = questions.byId(file.id(), requestId).orElseThrow();
        journal.record(Change.of("casefile.information-given", "case", ref).from(question).to(answered));
        return answered;
    }

    /** Attaches a document; its type is read from its content, and it is stored with its SHA-256. */
    @PreAuthorize("hasAnyRole('APPLICANT','SECRETARIAT','ADMINISTRATOR')")
    @Transactional
    public CaseDocument attach(String ref, String fileName, byte[] content) {
        CaseFile file = applicantOrNull() != null ? owned(ref, null) : staffCase(ref, null);
        if (!file.status().isOpen()) {
            throw new RuleViolationException("status", "refusal.casefile.documentWhenClosed", ref,
                    CaseFile.label(file.status()));
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "refusal.casefile.fileEmpty");
        }
        if (content.length > CaseLimits.DOCUMENT_BYTES) {
            throw new InvalidInputException("file", "refusal.casefile.fileTooLarge", String.valueOf(content.length),
                    String.valueOf(CaseLimits.DOCUMENT_BYTES));
        }
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
        if (!CleanTextValidator.isClean(name)) {
            throw new InvalidInputException("fileName", CleanTextValidator.REFUSAL);
        }
        if (name.length() > CaseLimits.FILE_NAME || name.contains("/") || name.contains("\\")) {
            throw new InvalidInputException("fileName", "refusal.casefile.fileName", CaseLimits.FILE_NAME);
        }
        String mediaType = DocumentTypes.detect(content).orElseThrow(() -> new InvalidInputException("file",
                "refusal.casefile.fileType"));
        String sha256 = sha256(content);
        CaseDocument document = documents.insert(file.id(), name, mediaType, content, sha256,
                DocumentTypes.text(mediaType, content), actor(), clock.instant());
        journal.record(Change.of("casefile.document-attached", "case", ref).to(document));
        return document;
    }

    // --- the secretariat's side ----------------------------------------------------------------------------

    @PreAuthorize(STAFF)
    @Transactional
    public InformationRequest ask(String ref, String question) {
        CaseFile file = staffCase(ref, null);
        text("question", question, CaseLimits.QUESTION);
        if (!file.status().isOpen()) {
            throw new RuleViolationException("status", "refusal.casefile.questionWhenClosed", ref,
                    CaseFile.label(file.status()));
        }
        questions.ask(file.id(), question.strip(), actor(), clock.instant());
        List<InformationRequest> all = questions.of(file.id());
        InformationRequest asked = all.get(all.size() - 1);
        journal.record(Change.of("casefile.information-requested", "case", ref).to(asked));
        return asked;
    }

    @PreAuthorize(STAFF)
    @Transactional
    public CaseFile startReview(String ref, String note, Integer version) {
        CaseFile file = staffCase(ref, version);
        return moveStatus(file, "casefile.review-started", note, () -> file.startReview(clock.instant(), actor(), note));
    }

    @PreAuthorize(STAFF)
    @Transactional
    public CaseFile recordDecision(String ref, String outcome, Integer version) {
        CaseFile file = staffCase(ref, version);
        requireReason(outcome);
        return moveStatus(file, "casefile.decided", outcome, () -> file.recordDecision(clock.instant(), actor(), outcome));
    }

    @PreAuthorize(STAFF)
    @Transactional
    public CaseFile startImplementing(String ref, String note, Integer version) {
        CaseFile file = staffCase(ref, version);
        return moveStatus(file, "casefile.implementing", note, () -> file.startImplementing(clock.instant(), actor(), note));
    }

    @PreAuthorize(STAFF)
    @Transactional
    public CaseFile close(String ref, String note, Integer version) {
        CaseFile file = staffCase(ref, version);
        return moveStatus(file, "casefile.closed", note, () -> file.close(clock.instant(), actor(), note));
    }

    /**
     * The secretariat confirms a line's declared purpose (a civil aircraft spare part under 2397 para 7, fuel for a
     * return flight under 2270 para 31): the exception the line was triaged under then rests on a named person's
     * check, journaled with the line. A declaration found false is not confirmed: the case is asked for
     * information or re-triaged without it.
     */
    /** The facts of a case an applicant may declare under the rules in force today (the joint venture aside). */
    public List<String> caseDeclarations() {
        return triage.caseDeclarations(LocalDate.now(clock));
    }

    @PreAuthorize("hasRole('SECRETARIAT')")
    @Transactional
    public CaseFile confirmDeclaredPurpose(String ref, int line, Integer version) {
        CaseFile file = staffCase(ref, version);
        LineItem confirmed = file.confirmDeclaredPurpose(line, actor(), clock.instant());
        CaseFile saved = cases.save(file);
        journal.record(Change.of("casefile.purpose-confirmed", "case", ref)
                .to(java.util.Map.of("line", line, "declaredPurpose", confirmed.declaredPurpose(),
                        "hsCode", confirmed.hsCode()))
                .because("line " + line + " checked against its declared purpose"));
        return saved;
    }

    /**
     * Triages a submitted case again under the rules and charter in force today (a case otherwise keeps those it
     * was filed under), and journals what changed.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public CaseFile retriage(String ref, String reason) {
        requireReason(reason);
        return retriage(staffCase(ref, null), reason, LocalDate.now(clock));
    }

    private CaseFile retriage(CaseFile file, String reason, LocalDate asOf) {
        if (file.status() != CaseStatus.SUBMITTED && file.status() != CaseStatus.IN_REVIEW) {
            throw new RuleViolationException("status", "refusal.casefile.retriageStatus", file.ref(),
                    CaseFile.label(file.status()));
        }
        CaseState before = CaseState.of(file);
        CaseTriage.Outcome outcome = triage.triage(file, asOf);
        file.triaged(outcome.ruleVersion(), outcome.charterVersion(), outcome.findings(), outcome.clearances());
        CaseFile saved = cases.save(file);
        Map<String, Object> changed = new LinkedHashMap<>();
        changed.put("ruleVersion", List.of(String.valueOf(before.ruleVersion()), String.valueOf(saved.ruleVersion())));
        changed.put("charterVersion", List.of(String.valueOf(before.charterVersion()), String.valueOf(saved.charterVersion())));
        changed.put("clearances", List.of(authorities(before.clearances()), authorities(saved.clearances())));
        journal.record(Change.of("casefile.retriaged", "case", file.ref()).from(before).to(CaseState.of(saved))
                .because(reason + " — changed: " + changed));
        return saved;
    }

    /** A terminated forum's open cases move to its successor with their whole history. */
    @EventListener
    @Transactional
    public void moveOpenCases(ForumHandedOver handOver) {
        for (String ref : cases.openRefsOfForum(handOver.forumCode())) {
            CaseFile file = cases.byRef(ref).orElseThrow();
            CaseState before = CaseState.of(file);
            file.handOverTo(handOver.successorCode());
            CaseFile saved = cases.save(file);
            journal.record(Change.of("casefile.handed-over", "case", ref).from(before).to(CaseState.of(saved))
                    .because(handOver.forumCode() + " handed its work over to " + handOver.successorCode()));
        }
    }

    /** A new hit on a counterparty of a submitted case re-triages that case: the hit may send it to the forum. */
    @EventListener
    @Transactional
    public void retriageOnNewHit(ScreeningHitRaised event) {
        CaseTriage.caseRefOf(event.subjectRef()).flatMap(cases::byRef)
                .filter(f -> f.status() == CaseStatus.SUBMITTED || f.status() == CaseStatus.IN_REVIEW)
                .ifPresent(f -> SystemActor.run(() -> retriage(f, "new screening hit " + event.source() + " "
                        + event.reference() + " on " + event.subjectName(), f.filedOn())));
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private CaseFile moveStatus(CaseFile file, String action, String note, Runnable move) {
        CaseState before = CaseState.of(file);
        move.run();
        CaseFile saved = cases.save(file);
        journal.record(Change.of(action, "case", file.ref()).from(before).to(CaseState.of(saved)).because(note));
        return saved;
    }

    /** The case if the caller may see it; otherwise "not found", so that applicants cannot probe others' cases. */
    private CaseFile visible(String ref) {
        CaseFile file = cases.byRef(ref).orElseThrow(() -> new NotFoundException("ref", "case", ref));
        String applicant = applicantOrNull();
        if (applicant != null && !file.ownedBy(applicant)) {
            throw new NotFoundException("ref", "case", ref);
        }
        return file;
    }

    private CaseFile owned(String ref, Integer version) {
        CaseFile file = visible(ref);
        if (applicantOrNull() == null || !file.ownedBy(applicantOrNull())) {
            throw new NotFoundException("ref", "case", ref);
        }
        return checkVersion(file, version);
    }

    private CaseFile staffCase(String ref, Integer version) {
        return checkVersion(cases.byRef(ref).orElseThrow(() -> new NotFoundException("ref", "case", ref)), version);
    }

    /** A caller who read version N must not overwrite a newer one: the save checks the version it loaded. */
    private static CaseFile checkVersion(CaseFile file, Integer version) {
        if (version != null && version != file.version()) {
            throw new ConflictException("version", "refusal.casefile.staleVersion", file.ref(),
                    String.valueOf(file.version()), String.valueOf(version));
        }
        return file;
    }

    private static String applicantOrNull() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return null;
        }
        boolean applicant = auth.getAuthorities().stream().anyMatch(a -> "ROLE_APPLICANT".equals(a.getAuthority()));
        return applicant ? auth.getName() : null;
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? Journal.SYSTEM_ACTOR : auth.getName();
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "refusal.reasonRequired");
        }
        text("reason", reason, CaseLimits.REASON);
    }

    private static List<String> authorities(List<Clearance> clearances) {
        return clearances.stream().map(Clearance::authority).toList();
    }

    /** The draft's constraints (as the API and the form check them), then the rules between its fields. */
    void validate(CaseDraft d) {
        input.valid(d);
        checkDates(d);
    }

    static void checkDates(CaseDraft d) {
        if (d.plannedFrom() != null && d.plannedTo() != null && d.plannedTo().isBefore(d.plannedFrom())) {
            throw new InvalidInputException("plannedTo", "refusal.casefile.plannedToBeforeFrom", d.plannedFrom());
        }
    }

    /** Required text of at most {@code max} characters, clean of control and invisible characters. */
    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "refusal.required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "refusal.tooLong", max);
        }
        if (!CleanTextValidator.isClean(value)) {
            throw new InvalidInputException(field, CleanTextValidator.REFUSAL);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** What the journal keeps of a case. */
    record CaseState(String ref, String title, CaseCategory category, String applicant, String forum,
                     CaseStatus status, LocalDate filedOn, String ruleVersion, Integer charterVersion,
                     List<LineItem> items, List<Counterparty> counterparties, List<Finding> findings,
                     List<Clearance> clearances) {
        static CaseState of(CaseFile f) {
            return new CaseState(f.ref(), f.title(), f.category(), f.applicant(), f.forumCode(), f.status(),
                    f.filedOn(), f.ruleVersion(), f.charterVersion(), f.items(), f.counterparties(), f.findings(),
                    f.clearances());
        }
    }

}
