package dev.tandem.forum;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.CleanText;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.Refusals;
import dev.tandem.common.NotFoundException;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * The forum module's API: parties, forums, their timelines, co-chairs and hand-over. Every change is journaled in
 * the transaction that makes it; who may do what is checked here, so the UI and the API obey the same rules. The
 * rules are named in the identity module's {@code permissions} bean (ADR 0012), referenced by name so that this
 * module, which identity depends on, needs no dependency back.
 */
@Service
public class ForumManagement {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final Pattern PARTY_CODE = Pattern.compile("[A-Z]{2,10}");

    private final Forums forums;
    private final Parties parties;
    private final Journal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<ForumOpenWork> openWork;

    ForumManagement(Forums forums, Parties parties, Journal journal, ApplicationEventPublisher events, Clock clock,
                    org.springframework.beans.factory.ObjectProvider<ForumOpenWork> openWork) {
        this.openWork = openWork;
        this.forums = forums;
        this.parties = parties;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Party> parties() {
        return parties.all();
    }

    /** Any signed-in user may learn whether a party exists (the identity module checks memberships with it). */
    @Transactional(readOnly = true)
    public boolean partyExists(String code) {
        return code != null && parties.byCode(code).isPresent();
    }

    @PreAuthorize("@permissions.mayManageAccounts()")
    @Transactional
    public Party registerParty(String code, String nameEn, String nameKo) {
        if (code == null || !PARTY_CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "refusal.forum.partyCode");
        }
        requireText("nameEn", nameEn, 200);
        requireText("nameKo", nameKo, 200);
        if (parties.byCode(code).isPresent()) {
            throw new InvalidInputException("code", "refusal.forum.partyExists", code);
        }
        Party party = new Party(code, nameEn.strip(), nameKo.strip());
        parties.insert(party);
        journal.record(Change.of("forum.party-registered", "party", code).to(party));
        return party;
    }

    @PreAuthorize("@permissions.maySeeForums()")
    @Transactional(readOnly = true)
    public List<Forum> forums() {
        return forums.all();
    }

    @PreAuthorize("@permissions.maySeeForums()")
    @Transactional(readOnly = true)
    public Forum forum(String code) {
        return find(code, "code");
    }

    /** Establishes a forum between parties; its timeline starts with the establishment. */
    @PreAuthorize("@permissions.mayGovernForums()")
    @Transactional
    public Forum establish(NewForum request) {
        if (request.code() == null || !CODE.matcher(request.code()).matches()) {
            throw new InvalidInputException("code", "refusal.forum.forumCode");
        }
        requireText("nameEn", request.nameEn(), 200);
        requireText("nameKo", request.nameKo(), 200);
        if (request.kind() == null) {
            throw new InvalidInputException("kind", "refusal.required");
        }
        if (request.parties() == null) {
            throw new InvalidInputException("parties", "refusal.required");
        }
        for (String party : request.parties()) {
            if (!partyExists(party)) {
                throw new InvalidInputException("parties", "refusal.forum.noSuchParty", party);
            }
        }
        requireDay("establishedOn", request.establishedOn());
        if (forums.exists(request.code())) {
            throw new InvalidInputException("code", "refusal.forum.forumExists", request.code());
        }
        Forum forum = Forum.establish(request.code(), request.nameEn().strip(), request.nameKo().strip(),
                request.kind(), Set.copyOf(request.parties()), request.establishedOn(), request.note());
        Forum saved = forums.save(forum);
        journal.record(Change.of("forum.established", "forum", saved.code()).to(ForumState.of(saved))
                .because(request.note()));
        return saved;
    }

    /** Records the next event of a forum's status timeline (see {@link ForumStatus#next()}). */
    @PreAuthorize("@permissions.mayKeepForumRecords()")
    @Transactional
    public Forum recordEvent(String code, ForumStatus status, LocalDate on, String note) {
        if (status == ForumStatus.TERMINATED) {
            List<String> open = openWork(code);
            if (!open.isEmpty()) {
                // the work would be stranded: only a termination that names a successor may leave it open
                throw new dev.tandem.common.RuleViolationException("successor", "refusal.forum.openWork", code,
                        open.size(), String.join("; ", open.subList(0, Math.min(5, open.size()))));
            }
        }
        return record(code, status, on, note);
    }

    /**
     * Terminates a forum and hands its open work to its successor in one step: the way to end a forum that still
     * has open reviews, procedures, agenda items or exemption requests.
     */
    @PreAuthorize("@permissions.mayKeepForumRecords()")
    @Transactional
    public Forum terminate(String code, LocalDate on, String note, String successorCode, String reason) {
        if (successorCode == null || successorCode.isBlank()) {
            return recordEvent(code, ForumStatus.TERMINATED, on, note);
        }
        record(code, ForumStatus.TERMINATED, on, note);
        return handOver(code, successorCode, reason == null ? note : reason);
    }

    /** The open work other modules hold for a forum, each a short description. */
    @Transactional(readOnly = true)
    public List<String> openWork(String code) {
        return openWork.orderedStream().flatMap(w -> w.openWork(code).stream()).toList();
    }

    private Forum record(String code, ForumStatus status, LocalDate on, String note) {
        Forum forum = find(code, "code");
        if (status == null) {
            throw new InvalidInputException("status", "refusal.requiredOneOf", Refusals.allowed(ForumStatus.class));
        }
        requireDay("on", on);
        if (note != null && note.length() > 1000) {
            throw new InvalidInputException("note", "refusal.tooLong", 1000);
        }
        ForumState before = ForumState.of(forum);
        TimelineEvent event = new TimelineEvent(status, on, note);
        forum.record(event);
        Forum saved = forums.save(forum);
        journal.record(Change.of("forum.event-recorded", "forum", code).from(before).to(ForumState.of(saved))
                .because(event.note()));
        return saved;
    }

    /** Hands a terminated forum's open work over to its successor; the successor's modules take it from here. */
    @PreAuthorize("@permissions.mayKeepForumRecords()")
    @Transactional
    public Forum handOver(String code, String successorCode, String reason) {
        Forum forum = find(code, "code");
        if (successorCode == null || successorCode.isBlank()) {
            throw new InvalidInputException("successor", "refusal.required");
        }
        Forum successor = find(successorCode, "successor");
        ForumState before = ForumState.of(forum);
        forum.handOverTo(successor);
        Forum saved = forums.save(forum);
        journal.record(Change.of("forum.handed-over", "forum", code).from(before).to(ForumState.of(saved))
                .because(reason));
        events.publishEvent(new ForumHandedOver(code, successorCode));
        return saved;
    }

    @PreAuthorize("@permissions.mayGovernForums()")
    @Transactional
    public Forum appointCoChair(String code, CoChair coChair) {
        Forum forum = find(code, "code");
        requireText("person", coChair.person(), 200);
        requireDay("from", coChair.from());
        if (coChair.to() != null && coChair.to().isBefore(coChair.from())) {
            throw new InvalidInputException("to", "refusal.forum.toBeforeFrom", coChair.from());
        }
        ForumState before = ForumState.of(forum);
        forum.appoint(coChair);
        Forum saved = forums.save(forum);
        journal.record(Change.of("forum.co-chair-appointed", "forum", code).from(before).to(ForumState.of(saved)));
        return saved;
    }

    /** What it takes to adopt a charter version. */
    public record NewCharter(@jakarta.validation.constraints.Size(max = ForumLimits.NAME) @CleanText String name,
                             @jakarta.validation.constraints.Size(max = ForumLimits.NAME) @CleanText String nameKo,
                             LocalDate effectiveFrom, DecisionRule decisionRule,
                             Integer noObjectionWorkingDays, Boolean holdsAllowed, CaseRouting caseRouting,
                             Integer objectionWindowDays, Integer forumReviewDays,
                             @jakarta.validation.constraints.Size(max = ForumLimits.NOTE) @CleanText String note) {
    }

    /** Adopts the forum's next charter version ("Working Group 2.0" is a new version, not new code). */
    @PreAuthorize("@permissions.mayGovernForums()")
    @Transactional
    public Charter adoptCharter(String code, NewCharter request) {
        Forum forum = find(code, "code");
        requireText("name", request.name(), 200);
        requireText("nameKo", request.nameKo(), 200);
        if (request.effectiveFrom() == null) {
            throw new InvalidInputException("effectiveFrom", "refusal.requiredDate");
        }
        if (request.decisionRule() == null) {
            throw new InvalidInputException("decisionRule", "refusal.requiredOneOf", Refusals.allowed(DecisionRule.class));
        }
        if (request.caseRouting() == null) {
            throw new InvalidInputException("caseRouting", "refusal.requiredOneOf", Refusals.allowed(CaseRouting.class));
        }
        int noObjection = days("noObjectionWorkingDays", request.noObjectionWorkingDays(), 5);
        int window = days("objectionWindowDays", request.objectionWindowDays(), 5);
        int review = days("forumReviewDays", request.forumReviewDays(), 20);
        ForumState before = ForumState.of(forum);
        Charter charter = forum.adopt(request.name().strip(), request.nameKo().strip(), request.effectiveFrom(), request.decisionRule(),
                noObjection, request.holdsAllowed() == null || request.holdsAllowed(), request.caseRouting(), window,
                review, request.note());
        Forum saved = forums.save(forum);
        journal.record(Change.of("forum.charter-adopted", "forum", code).from(before).to(ForumState.of(saved))
                .because(request.note()));
        return charter;
    }

    /**
     * The charter of a forum in force on a day. Other modules ask this for the rules a case is judged by; it is
     * open to any signed-in caller, since those modules check their own permissions.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Charter> charterAt(String code, LocalDate day) {
        return forums.byCode(code).flatMap(f -> f.charterAt(day));
    }

    /**
     * One charter version of a forum, for modules that keep what a case was judged under (open to any signed-in
     * caller, like {@link #charterAt}).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Charter> charter(String code, int version) {
        return forums.byCode(code).flatMap(f -> f.charters().stream().filter(c -> c.version() == version).findFirst());
    }

    /** A forum's status and successor, for modules that route work to it (open to any signed-in caller). */
    @Transactional(readOnly = true)
    public java.util.Optional<ForumSummary> summary(String code) {
        return forums.byCode(code).map(ForumSummary::of);
    }

    /** The open forums of the given parties, for modules that route new work. */
    @Transactional(readOnly = true)
    public List<ForumSummary> openForumsOf(Set<String> partyCodes) {
        return forums.all().stream().filter(f -> f.status().isOpen() && f.parties().containsAll(partyCodes))
                .map(ForumSummary::of).toList();
    }

    private static int days(String field, Integer value, int fallback) {
        int days = value == null ? fallback : value;
        if (days < 1 || days > 365) {
            throw new InvalidInputException(field, "refusal.forum.workingDays", 1, 365);
        }
        return days;
    }

    private Forum find(String code, String field) {
        return forums.byCode(code).orElseThrow(() -> new NotFoundException(field, "forum", code));
    }

    private void requireDay(String field, LocalDate day) {
        if (day == null) {
            throw new InvalidInputException(field, "refusal.requiredDate");
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(field, "PastOrPresent");
        }
    }

    private static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "refusal.required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "refusal.tooLong", max);
        }
    }

    /** What the journal keeps of a forum: everything but its database id. */
    record ForumState(String code, String nameEn, String nameKo, ForumKind kind, Set<String> parties,
                      List<TimelineEvent> timeline, List<CoChair> coChairs, List<Charter> charters, String successor) {
        static ForumState of(Forum f) {
            return new ForumState(f.code(), f.nameEn(), f.nameKo(), f.kind(), f.parties(), f.timeline(),
                    f.coChairs(), f.charters(), f.successorCode());
        }
    }
}
