package dev.tandem.forum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.RuleViolationException;

/**
 * A standing body between parties (working group, DG-level consultation, liaison office). Its status is the last
 * event of its timeline; the timeline only grows, in date order, by the rules of {@link ForumStatus#next()}.
 * When a forum ends, its work can be handed over to a successor.
 */
public class Forum {

    private final Long id;
    private final String code;
    private final String nameEn;
    private final String nameKo;
    private final ForumKind kind;
    private final Set<String> parties;
    private final List<TimelineEvent> timeline;
    private final List<CoChair> coChairs;
    private final List<Charter> charters;
    private String successorCode;
    private final int version;

    Forum(Long id, String code, String nameEn, String nameKo, ForumKind kind, Set<String> parties,
          List<TimelineEvent> timeline, List<CoChair> coChairs, List<Charter> charters, String successorCode,
          int version) {
        this.id = id;
        this.code = code;
        this.nameEn = nameEn;
        this.nameKo = nameKo;
        this.kind = kind;
        this.parties = new LinkedHashSet<>(parties);
        this.timeline = new ArrayList<>(timeline);
        this.coChairs = new ArrayList<>(coChairs);
        this.charters = new ArrayList<>(charters);
        this.successorCode = successorCode;
        this.version = version;
    }

    /** A new forum, established on {@code on} between at least two parties. */
    static Forum establish(String code, String nameEn, String nameKo, ForumKind kind, Set<String> parties,
                           LocalDate on, String note) {
        if (parties.size() < 2) {
            throw new InvalidInputException("parties", "a forum needs at least two parties");
        }
        return new Forum(null, code, nameEn, nameKo, kind, parties,
                List.of(new TimelineEvent(ForumStatus.ESTABLISHED, on, note)), List.of(), List.of(), null, 0);
    }

    /**
     * Adds the next event of the timeline. Refused after termination, when the status may not follow the current
     * one, or when the event is dated before the last one.
     */
    void record(TimelineEvent event) {
        ForumStatus current = status();
        if (current == ForumStatus.TERMINATED) {
            throw new RuleViolationException("status",
                    "forum " + code + " was terminated on " + last().on() + "; no event may follow termination");
        }
        if (!current.next().contains(event.status())) {
            throw new RuleViolationException("status",
                    "a forum that is " + label(current) + " cannot become " + label(event.status())
                            + "; allowed next: " + current.next());
        }
        if (event.on().isBefore(last().on())) {
            throw new RuleViolationException("on",
                    "must not be before the last event of the timeline (" + last().on() + ")");
        }
        timeline.add(event);
    }

    /**
     * Names the successor that takes over this forum's open work. Only a terminated forum hands over, only once,
     * and only to a different forum that is still open.
     */
    void handOverTo(Forum successor) {
        if (successor == null) {
            throw new InvalidInputException("successor", "is required to hand over");
        }
        if (successor.code.equals(code)) {
            throw new RuleViolationException("successor", "a forum cannot succeed itself");
        }
        if (status() != ForumStatus.TERMINATED) {
            throw new RuleViolationException("status",
                    "only a terminated forum hands over its work; " + code + " is " + label(status()));
        }
        if (successorCode != null) {
            throw new RuleViolationException("successor", code + " already handed over to " + successorCode);
        }
        if (!successor.status().isOpen()) {
            throw new RuleViolationException("successor",
                    successor.code + " is " + label(successor.status()) + " and cannot take over work");
        }
        this.successorCode = successor.code;
    }

    /**
     * Appoints a co-chair for a party. The party's co-chair in office on that day hands over: their term ends the day
     * before (Noh Kyu-duk from 2020-12-21 ends Lee Do-hoon's term on 2020-12-20). Refused when the forum is
     * terminated, when the term starts before the forum was established, and when it starts on or before the day a
     * predecessor still in office took up theirs (the new term would not follow theirs).
     */
    void appoint(CoChair coChair) {
        if (status() == ForumStatus.TERMINATED) {
            throw new RuleViolationException("status", "refusal.forum.terminatedAppointsNobody", code, last().on());
        }
        if (!parties.contains(coChair.party())) {
            throw new InvalidInputException("party", coChair.party() + " is not a party to forum " + code);
        }
        if (coChair.from().isBefore(establishedOn())) {
            throw new RuleViolationException("from", "refusal.forum.termBeforeEstablishment", establishedOn());
        }
        for (int i = 0; i < coChairs.size(); i++) {
            CoChair sitting = coChairs.get(i);
            if (!sitting.party().equals(coChair.party()) || !sitting.inOfficeOnOrAfter(coChair.from())) {
                continue;
            }
            if (!sitting.from().isBefore(coChair.from())) {
                throw new RuleViolationException("from", "refusal.forum.termBeforePredecessor", sitting.person(),
                        sitting.from());
            }
            coChairs.set(i, sitting.endingOn(coChair.from().minusDays(1)));
        }
        coChairs.add(coChair);
    }

    /**
     * Adopts the next version of the charter. It takes effect on its date, which may not be before the forum was
     * established nor before the version in force; a terminated forum adopts nothing.
     */
    Charter adopt(String name, String nameKo, LocalDate effectiveFrom, DecisionRule decisionRule, int noObjectionWorkingDays,
                  boolean holdsAllowed, CaseRouting caseRouting, int objectionWindowDays, int forumReviewDays,
                  String note) {
        if (status() == ForumStatus.TERMINATED) {
            throw new RuleViolationException("status", "forum " + code + " is terminated and adopts no charter");
        }
        if (effectiveFrom.isBefore(establishedOn())) {
            throw new RuleViolationException("effectiveFrom", "must not be before the forum was established ("
                    + establishedOn() + ")");
        }
        if (!charters.isEmpty() && !effectiveFrom.isAfter(charters.get(charters.size() - 1).effectiveFrom())) {
            throw new RuleViolationException("effectiveFrom", "must be after the current version's date ("
                    + charters.get(charters.size() - 1).effectiveFrom() + ")");
        }
        Charter charter = new Charter(charters.size() + 1, name, nameKo, effectiveFrom, decisionRule, noObjectionWorkingDays,
                holdsAllowed, caseRouting, objectionWindowDays, forumReviewDays, note);
        charters.add(charter);
        return charter;
    }

    /** The charter version in force on {@code day}, if any was adopted by then. */
    public java.util.Optional<Charter> charterAt(LocalDate day) {
        Charter found = null;
        for (Charter charter : charters) {
            if (!charter.effectiveFrom().isAfter(day)) {
                found = charter;
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    public List<Charter> charters() {
        return Collections.unmodifiableList(charters);
    }

    public ForumStatus status() {
        return last().status();
    }

    public LocalDate establishedOn() {
        return timeline.get(0).on();
    }

    private TimelineEvent last() {
        return timeline.get(timeline.size() - 1);
    }

    private static String label(ForumStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameKo() {
        return nameKo;
    }

    public String name(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? nameKo : nameEn;
    }

    public ForumKind kind() {
        return kind;
    }

    public Set<String> parties() {
        return Collections.unmodifiableSet(parties);
    }

    public List<TimelineEvent> timeline() {
        return Collections.unmodifiableList(timeline);
    }

    public List<CoChair> coChairs() {
        return Collections.unmodifiableList(coChairs);
    }

    public String successorCode() {
        return successorCode;
    }

    public int version() {
        return version;
    }
}
