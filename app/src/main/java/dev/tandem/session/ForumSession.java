package dev.tandem.session;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import dev.tandem.common.NotFoundException;
import dev.tandem.common.RuleViolationException;

/**
 * A meeting of a forum: when (a local date and time in the zone where it is held), where (a venue or a video
 * link), who attended for each party, and its agenda. Scheduled, then held or cancelled; a held or cancelled session
 * keeps its agenda as it was, and a cancelled one takes no outcomes, minutes or attendance.
 */
public final class ForumSession {

    private final Long id;
    private final String forumCode;
    private final String title;
    private final LocalDateTime startsAt;
    private final ZoneId zone;
    private final int durationMinutes;
    private final String venue;
    private final String videoLink;
    private SessionStatus status;
    private String statusNote;
    private final String icalUid;
    private final int version;
    private final List<Attendee> attendees;
    private final List<AgendaItem> agenda;

    ForumSession(Long id, String forumCode, String title, LocalDateTime startsAt, ZoneId zone, int durationMinutes,
                 String venue, String videoLink, SessionStatus status, String statusNote, String icalUid, int version,
                 List<Attendee> attendees, List<AgendaItem> agenda) {
        this.id = id;
        this.forumCode = forumCode;
        this.title = title;
        this.startsAt = startsAt;
        this.zone = zone;
        this.durationMinutes = durationMinutes;
        this.venue = venue;
        this.videoLink = videoLink;
        this.status = status;
        this.statusNote = statusNote;
        this.icalUid = icalUid;
        this.version = version;
        this.attendees = new ArrayList<>(attendees);
        this.agenda = new ArrayList<>(agenda);
    }

    /** A new session; its calendar UID is fixed now and never changes, so calendars update the same event. */
    static ForumSession schedule(String forumCode, String title, LocalDateTime startsAt, ZoneId zone,
                                 int durationMinutes, String venue, String videoLink) {
        if (venue == null && videoLink == null) {
            throw new dev.tandem.common.InvalidInputException("venue", "refusal.session.venueOrVideo");
        }
        return new ForumSession(null, forumCode, title, startsAt, zone, durationMinutes, venue, videoLink,
                SessionStatus.SCHEDULED, null, "session-" + UUID.randomUUID() + "@tandem", 0, List.of(), List.of());
    }

    /** Marks the session held; only a scheduled session that has begun was held. */
    void hold(Instant now, String note) {
        requireScheduled("status");
        if (startsAt().toInstant().isAfter(now)) {
            throw new RuleViolationException("status", "refusal.session.notYetBegun", startsAt.toString(), zone.getId());
        }
        status = SessionStatus.HELD;
        statusNote = note;
    }

    /** Cancels a scheduled session with the reason; its undiscussed items wait for the next agenda. */
    void cancel(String reason) {
        requireScheduled("status");
        status = SessionStatus.CANCELLED;
        statusNote = reason;
    }

    /** Records who attended for a party; one line per person. */
    void attend(Attendee attendee) {
        requireNotCancelled("party");
        for (Attendee present : attendees) {
            if (present.party().equals(attendee.party()) && present.person().equalsIgnoreCase(attendee.person())) {
                throw new RuleViolationException("person", "refusal.session.attendsAlready", attendee.person());
            }
        }
        attendees.add(attendee);
    }

    /** Puts an item at the end of the agenda; a held or cancelled session's agenda is closed. */
    void putOnAgenda(AgendaItem item) {
        requireScheduled("item");
        if (!item.forumCode().equals(forumCode)) {
            throw new RuleViolationException("item", "refusal.session.otherForum", item.title(), item.forumCode());
        }
        item.placeOn(id, agenda.size() + 1);
        agenda.add(item);
    }

    /** Records the outcome of one of its items, once the session is held. */
    AgendaItem conclude(long itemId, String outcome) {
        if (status != SessionStatus.HELD) {
            throw new RuleViolationException("outcome", "refusal.session.outcomeBeforeHeld", title);
        }
        AgendaItem item = item(itemId);
        item.conclude(outcome);
        return item;
    }

    AgendaItem item(long itemId) {
        return agenda.stream().filter(i -> i.id() != null && i.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("item", "agendaItem", itemId));
    }

    /** Minutes are kept for a session that is scheduled or held, never for a cancelled one. */
    void requireNotCancelled(String field) {
        if (status == SessionStatus.CANCELLED) {
            throw new RuleViolationException(field, "refusal.session.cancelled", title);
        }
    }

    private void requireScheduled(String field) {
        if (status != SessionStatus.SCHEDULED) {
            throw new RuleViolationException(field, "refusal.session.notScheduled", title,
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"session.status." + status.name()}, status.name()));
        }
    }

    /** Agenda items not yet discussed. */
    List<AgendaItem> undiscussed() {
        return agenda.stream().filter(i -> !i.discussed()).toList();
    }

    public ZonedDateTime startsAt() {
        return startsAt.atZone(zone);
    }

    public ZonedDateTime endsAt() {
        return startsAt().plusMinutes(durationMinutes);
    }

    public Long id() { return id; }
    public String forumCode() { return forumCode; }
    public String title() { return title; }
    public LocalDateTime localStart() { return startsAt; }
    public ZoneId zone() { return zone; }
    public int durationMinutes() { return durationMinutes; }
    public String venue() { return venue; }
    public String videoLink() { return videoLink; }
    public SessionStatus status() { return status; }
    public String statusNote() { return statusNote; }
    public String icalUid() { return icalUid; }
    public int version() { return version; }
    public List<Attendee> attendees() { return Collections.unmodifiableList(attendees); }
    public List<AgendaItem> agenda() { return Collections.unmodifiableList(agenda); }

    public int plannedMinutes() {
        return agenda.stream().mapToInt(AgendaItem::minutes).sum();
    }
}
