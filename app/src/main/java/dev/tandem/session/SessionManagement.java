package dev.tandem.session;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.casefile.CaseFile;
import dev.tandem.casefile.CaseManagement;
import dev.tandem.casefile.Clearance;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;
import dev.tandem.common.RuleViolationException;
import dev.tandem.decision.ForumReviews;
import dev.tandem.decision.Outcome;
import dev.tandem.decision.RecordOutcome;
import dev.tandem.decision.ReviewItem;
import dev.tandem.forum.ForumManagement;
import dev.tandem.forum.ForumStatus;
import dev.tandem.forum.ForumSummary;
import dev.tandem.identity.CurrentUser;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * The session module's API for sessions: scheduling, attendance, the agenda (topics on tracks and cases the forum
 * reviews), outcomes, minutes with revisions, readouts and the calendar. Permissions are the named rules of
 * {@code identity.Permissions}; every change is journaled in its transaction.
 */
@Service
public class SessionManagement {

    private final Sessions sessions;
    private final SessionTexts texts;
    private final ForumManagement forums;
    private final CaseManagement cases;
    private final ForumReviews reviews;
    private final CurrentUser user;
    private final Journal journal;
    private final Clock clock;

    SessionManagement(Sessions sessions, SessionTexts texts, ForumManagement forums, CaseManagement cases,
                      ForumReviews reviews, CurrentUser user, Journal journal, Clock clock) {
        this.reviews = reviews;
        this.sessions = sessions;
        this.texts = texts;
        this.forums = forums;
        this.cases = cases;
        this.user = user;
        this.journal = journal;
        this.clock = clock;
    }

    // --- reading

    @PreAuthorize("@permissions.maySeeSessions()")
    @Transactional(readOnly = true)
    public List<ForumSession> sessions(String forumCode) {
        forum(forumCode);
        return sessions.ofForum(forumCode);
    }

    @PreAuthorize("@permissions.maySeeSessions()")
    @Transactional(readOnly = true)
    public ForumSession session(long id) {
        return find(id);
    }

    /** Items waiting for the forum's next agenda, carried over from a predecessor or from a cancelled session. */
    @PreAuthorize("@permissions.maySeeSessions()")
    @Transactional(readOnly = true)
    public List<AgendaItem> waiting(String forumCode) {
        return sessions.waiting(forumCode);
    }

    /** Items of this forum that went to its successor, for the link to where they are now. */
    @PreAuthorize("@permissions.maySeeSessions()")
    @Transactional(readOnly = true)
    public List<AgendaItem> carriedOver(String forumCode) {
        return sessions.carriedFrom(forumCode);
    }

    // --- schedule and status

    @PreAuthorize("@permissions.mayRunSessions()")
    @Transactional
    public ForumSession schedule(String forumCode, SessionCommands.Schedule command) {
        ForumSummary forum = openForum(forumCode);
        ZoneId zone = zone(command.zone());
        String link = videoLink(command.videoLink());
        ForumSession session = sessions.save(ForumSession.schedule(forum.code(), command.title().strip(),
                command.date().atTime(command.time()), zone, command.durationMinutes(),
                dev.tandem.common.Texts.strippedOrNull(command.venue()), link));
        journal.record(Change.of("session.scheduled", "session", session.id()).to(SessionState.of(session)));
        return session;
    }

    @PreAuthorize("@permissions.mayRunSessions()")
    @Transactional
    public ForumSession markHeld(long id, String note) {
        ForumSession session = find(id);
        SessionState before = SessionState.of(session);
        session.hold(clock.instant(), dev.tandem.common.Texts.strippedOrNull(note));
        ForumSession saved = sessions.save(session);
        journal.record(Change.of("session.held", "session", id).from(before).to(SessionState.of(saved)).because(note));
        return saved;
    }

    /** Cancels a scheduled session; its undiscussed items go back to wait for the forum's next agenda. */
    @PreAuthorize("@permissions.mayRunSessions()")
    @Transactional
    public ForumSession cancel(long id, String reason) {
        String why = dev.tandem.common.Texts.strippedOrNull(reason);
        if (why == null) {
            throw new InvalidInputException("note", "refusal.required");
        }
        ForumSession session = find(id);
        SessionState before = SessionState.of(session);
        session.cancel(why);
        ForumSession saved = sessions.save(session);
        returnToQueue(saved);
        journal.record(Change.of("session.cancelled", "session", id).from(before).to(SessionState.of(saved))
                .because(why));
        return sessions.byId(id).orElseThrow();
    }

    private void returnToQueue(ForumSession cancelled) {
        for (AgendaItem item : cancelled.undiscussed()) {
            sessions.saveItem(item, null);
        }
    }

    // --- attendance and agenda

    @PreAuthorize("@permissions.mayRunSessions()")
    @Transactional
    public ForumSession attend(long id, SessionCommands.Attend command) {
        ForumSession session = find(id);
        ForumSummary forum = forum(session.forumCode());
        String party = command.party().strip();
        if (!forum.parties().contains(party)) {
            throw new InvalidInputException("party", "refusal.session.notAParty", party, forum.code());
        }
        SessionState before = SessionState.of(session);
        session.attend(new Attendee(party, command.person().strip(), command.role().strip()));
        ForumSession saved = sessions.save(session);
        journal.record(Change.of("session.attendance-recorded", "session", id).from(before).to(SessionState.of(saved)));
        return saved;
    }

    @PreAuthorize("@permissions.mayRunSessions()")
    @Transactional
    public ForumSession addTopic(long id, SessionCommands.Topic command) {
        ForumSession session = find(id);
        return putOnAgenda(session, AgendaItem.topic(session.forumCode(), command.track(), command.title().strip(),
                command.minutes()));
    }

    /**
     * Puts a case the forum reviews on the agenda: a case of this forum whose clearance at that position is a
     * forum review, not already on an agenda.
     */
    @PreAuthorize("@permissions.mayRunSessions()")
    @Transactional
    public ForumSession addCase(long id, SessionCommands.CaseItem command) {
        ForumSession session = find(id);
        CaseFile file = cases.caseFile(command.caseRef().strip());
        if (!session.forumCode().equals(file.forumCode())) {
            throw new RuleViolationException("caseRef", "refusal.session.caseOfOtherForum", file.ref(),
                    file.forumCode());
        }
        int position = command.clearance();
        if (position > file.clearances().size()) {
            throw new InvalidInputException("clearance", "refusal.session.noSuchClearance", file.ref(), position);
        }
        Clearance clearance = file.clearances().get(position - 1);
        if (!"FORUM_REVIEW".equals(clearance.authority())) {
            throw new RuleViolationException("clearance", "refusal.session.notAForumReview", file.ref(), position);
        }
        if (sessions.caseOnAgenda(file.ref(), position)) {
            throw new RuleViolationException("caseRef", "refusal.session.caseOnAgenda", file.ref());
        }
        if (reviews.ofCase(file.ref()).stream().anyMatch(r -> r.open() && "FORUM_REVIEW".equals(r.authority()))) {
            // its review lives in the decision module: taken up from the queue, its outcome follows the positions
            throw new RuleViolationException("caseRef", "refusal.session.takeUpFromQueue", file.ref());
        }
        return putOnAgenda(session, AgendaItem.caseItem(session.forumCode(), Track.of(file.category()),
                file.title(), file.ref(), position, null, command.minutes()));
    }

    /**
     * Takes an item of the forum's review queue (decision module) onto this session's agenda: the review is then at
     * this session, and the outcome recorded here is the one its positions produce.
     */
    @PreAuthorize("@permissions.mayRunSessions()")
    @Transactional
    public ForumSession takeUpReview(long id, long reviewId, int minutes) {
        ForumSession session = find(id);
        ReviewItem review = reviews.find(reviewId);
        if (!review.forumCode().equals(session.forumCode())) {
            throw new RuleViolationException("review", "refusal.session.otherForum", review.caseTitle(),
                    review.forumCode());
        }
        CaseFile file = cases.caseFile(review.caseRef());
        ForumSession saved = putOnAgenda(session, AgendaItem.caseItem(session.forumCode(), Track.of(file.category()),
                review.caseTitle(), review.caseRef(), review.clearancePosition(), reviewId, minutes));
        reviews.takeUpAtSession(reviewId, id);
        return saved;
    }

    /** The forum's review queue, for the secretariat to take items up. */
    @PreAuthorize("@permissions.maySeeSessions()")
    @Transactional(readOnly = true)
    public List<ReviewItem> reviewQueue(String forumCode) {
        return reviews.queue(forumCode);
    }

    /** Each party's current position on a case item's review. */
    @PreAuthorize("@permissions.maySeeSessions()")
    @Transactional(readOnly = true)
    public List<dev.tandem.decision.PositionView> positions(long reviewId) {
        return reviews.positions(reviewId);
    }

    /** Takes an item waiting for the forum's next agenda onto this session's agenda. */
    @PreAuthorize("@permissions.mayRunSessions()")
    @Transactional
    public ForumSession takeUp(long id, long itemId) {
        ForumSession session = find(id);
        AgendaItem item = sessions.item(itemId).filter(i -> i.sessionId() == null)
                .orElseThrow(() -> new NotFoundException("item", "agendaItem", itemId));
        return putOnAgenda(session, item);
    }

    private ForumSession putOnAgenda(ForumSession session, AgendaItem item) {
        SessionState before = SessionState.of(session);
        session.putOnAgenda(item);
        ForumSession saved = sessions.save(session);
        journal.record(Change.of("session.agenda-item-added", "session", saved.id()).from(before)
                .to(SessionState.of(saved)));
        return saved;
    }

    @PreAuthorize("@permissions.mayRunSessions()")
    @Transactional
    public ForumSession recordOutcome(long id, long itemId, String outcome) {
        ForumSession session = find(id);
        SessionState before = SessionState.of(session);
        String text = outcome.strip();
        Long review = session.item(itemId).reviewId();
        if (review != null && session.status() == SessionStatus.HELD) {
            // the decision follows the positions of the parties present (ADR 0016); the note goes with it
            java.util.Set<String> present = new java.util.TreeSet<>();
            session.attendees().forEach(a -> present.add(a.party()));
            Outcome decided = reviews.recordOutcome(review, new RecordOutcome(present, text));
            text = decided.name() + ": " + text;
        }
        AgendaItem item = session.conclude(itemId, text);
        ForumSession saved = sessions.save(session);
        journal.record(Change.of("session.outcome-recorded", "agenda-item", itemId).from(before)
                .to(SessionState.of(saved)).because(item.outcome()));
        return saved;
    }

    // --- minutes

    @PreAuthorize("@permissions.maySeeSessions()")
    @Transactional(readOnly = true)
    public List<MinutesRevision> minutes(long id) {
        find(id);
        return texts.revisions(id);
    }

    /**
     * Saves the minutes as a new revision, sanitised. The editor names the revision it started from: if someone
     * saved another meanwhile, this save is refused as a conflict rather than silently replacing theirs.
     */
    @PreAuthorize("@permissions.mayRunSessions()")
    @Transactional
    public MinutesRevision saveMinutes(long id, SessionCommands.Minutes command) {
        ForumSession session = find(id);
        session.requireNotCancelled("html");
        String html = RichText.sanitise(command.html());
        if (RichText.isEmpty(html)) {
            throw new InvalidInputException("html", "refusal.session.emptyText");
        }
        List<MinutesRevision> revisions = texts.revisions(id);
        int latest = revisions.isEmpty() ? 0 : revisions.get(revisions.size() - 1).revision();
        int base = command.baseRevision() == null ? 0 : command.baseRevision();
        if (base != latest) {
            throw new dev.tandem.common.ConflictException("baseRevision", "refusal.session.minutesMeanwhile", latest);
        }
        if (latest > 0 && revisions.get(revisions.size() - 1).html().equals(html)) {
            throw new RuleViolationException("html", "refusal.session.minutesUnchanged", latest);
        }
        MinutesRevision revision = new MinutesRevision(id, latest + 1, html, user.actorName(), now());
        texts.addRevision(revision);
        journal.record(Change.of("session.minutes-saved", "session", id)
                .to(new MinutesEntry(revision.revision(), html.length(), sha256(html))));
        return revision;
    }

    /** Compares two revisions of the minutes, line by line (a paragraph, list item or table row a line). */
    @PreAuthorize("@permissions.maySeeSessions()")
    @Transactional(readOnly = true)
    public List<TextDiff.Line> compareMinutes(long id, int from, int to) {
        List<MinutesRevision> revisions = minutes(id);
        return TextDiff.of(TextDiff.htmlAsLines(revision(revisions, from, "from").html()),
                TextDiff.htmlAsLines(revision(revisions, to, "to").html()));
    }

    private static MinutesRevision revision(List<MinutesRevision> revisions, int number, String field) {
        return revisions.stream().filter(r -> r.revision() == number).findFirst()
                .orElseThrow(() -> new NotFoundException(field, "minutesRevision", number));
    }

    // --- readouts

    /** The readouts the caller may read: every published one, and its own party's draft. */
    @PreAuthorize("@permissions.maySeeSessions()")
    @Transactional(readOnly = true)
    public List<Readout> readouts(long id) {
        find(id);
        Optional<String> party = user.party();
        return texts.readouts(id).stream()
                .filter(r -> r.isPublished() || party.map(r.party()::equals).orElse(false)).toList();
    }

    /** Writes the caller's party's readout of a held session; a published readout no longer changes. */
    @PreAuthorize("@permissions.mayWriteReadouts()")
    @Transactional
    public Readout writeReadout(long id, SessionCommands.ReadoutText command) {
        ForumSession session = find(id);
        String party = partyInForum(session);
        if (session.status() != SessionStatus.HELD) {
            throw new RuleViolationException("html", "refusal.session.readoutBeforeHeld", session.title());
        }
        String html = RichText.sanitise(command.html());
        if (RichText.isEmpty(html)) {
            throw new InvalidInputException("html", "refusal.session.emptyText");
        }
        Optional<Readout> current = texts.readout(id, party);
        if (current.isPresent() && current.get().isPublished()) {
            throw new RuleViolationException("html", "refusal.session.readoutPublished", party);
        }
        Integer basedOn = current.map(Readout::version).orElse(null);
        if (command.version() != null && !command.version().equals(basedOn == null ? 0 : basedOn)) {
            throw new dev.tandem.common.ConflictException("version", "refusal.session.readoutMeanwhile", party);
        }
        Readout readout = new Readout(id, party, html, user.actorName(), now(), null, basedOn == null ? 1 : basedOn + 1);
        texts.saveReadout(readout, basedOn);
        journal.record(Change.of("session.readout-written", "readout", id + "/" + party)
                .to(new MinutesEntry(readout.version(), html.length(), sha256(html))));
        return readout;
    }

    @PreAuthorize("@permissions.mayWriteReadouts()")
    @Transactional
    public Readout publishReadout(long id) {
        ForumSession session = find(id);
        String party = partyInForum(session);
        Readout current = texts.readout(id, party)
                .orElseThrow(() -> new RuleViolationException("html", "refusal.session.noReadout", party));
        if (current.isPublished()) {
            throw new RuleViolationException("html", "refusal.session.readoutPublished", party);
        }
        Readout published = new Readout(id, party, current.html(), current.writtenBy(), current.writtenAt(), now(),
                current.version() + 1);
        texts.saveReadout(published, current.version());
        journal.record(Change.of("session.readout-published", "readout", id + "/" + party)
                .to(new MinutesEntry(published.version(), published.html().length(), sha256(published.html()))));
        return published;
    }

    private String partyInForum(ForumSession session) {
        String party = user.party().orElseThrow(() -> new RuleViolationException("party", "refusal.session.noParty"));
        if (!forum(session.forumCode()).parties().contains(party)) {
            throw new RuleViolationException("party", "refusal.session.notAParty", party, session.forumCode());
        }
        return party;
    }

    // --- calendar

    @PreAuthorize("@permissions.maySeeSessions()")
    @Transactional(readOnly = true)
    public String calendar(long id) {
        ForumSession session = find(id);
        return SessionCalendar.of(session.title(), List.of(session), clock.instant());
    }

    @PreAuthorize("@permissions.maySeeSessions()")
    @Transactional(readOnly = true)
    public String calendarFeed(String forumCode) {
        ForumSummary forum = forum(forumCode);
        return SessionCalendar.of(forum.nameEn(), sessions.ofForum(forumCode), clock.instant());
    }

    // --- helpers

    private ForumSession find(long id) {
        return sessions.byId(id).orElseThrow(() -> new NotFoundException("id", "session", id));
    }

    ForumSummary forum(String code) {
        return forums.summary(code).orElseThrow(() -> new NotFoundException("forum", "forum", code));
    }

    /** A terminated forum accepts nothing new. */
    private ForumSummary openForum(String code) {
        ForumSummary forum = forum(code);
        if (forum.status() == ForumStatus.TERMINATED) {
            throw new RuleViolationException("forum", "refusal.session.forumTerminated", code);
        }
        return forum;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("zone", "refusal.session.zone", id);
        }
    }

    private static String videoLink(String link) {
        String value = dev.tandem.common.Texts.strippedOrNull(link);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new InvalidInputException("videoLink", "refusal.session.videoLink");
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInputException("videoLink", "refusal.session.videoLink");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the journal keeps of a text: its number, size and hash (the text itself is in its table). */
    record MinutesEntry(int revision, int length, String sha256) {
    }

    /** What the journal keeps of a session. */
    record SessionState(String forum, String title, String startsAt, String zone, int durationMinutes, String venue,
                        String videoLink, SessionStatus status, String statusNote, List<Attendee> attendees,
                        List<ItemState> agenda) {
        static SessionState of(ForumSession s) {
            return new SessionState(s.forumCode(), s.title(), s.localStart().toString(), s.zone().getId(),
                    s.durationMinutes(), s.venue(), s.videoLink(), s.status(), s.statusNote(), s.attendees(),
                    s.agenda().stream().map(ItemState::of).toList());
        }
    }

    record ItemState(Long id, int position, AgendaItem.Kind kind, Track track, String title, String caseRef,
                     Integer clearance, int minutes, String outcome) {
        static ItemState of(AgendaItem i) {
            return new ItemState(i.id(), i.position(), i.kind(), i.track(), i.title(), i.caseRef(),
                    i.clearancePosition(), i.minutes(), i.outcome());
        }
    }
}
