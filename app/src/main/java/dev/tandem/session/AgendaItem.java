package dev.tandem.session;

import dev.tandem.common.RuleViolationException;

/**
 * One item of a forum's business: a topic on a track, or a case the forum reviews (by case reference and the
 * position of its forum-review clearance; {@code reviewId} once the decision module's queue names it). It sits on a
 * session's agenda or waits for the forum's next one ({@code sessionId} null). Discussed once its outcome is
 * recorded; an item carried over from a terminated forum names where it came from.
 */
public final class AgendaItem {

    public enum Kind { TOPIC, CASE }

    private final Long id;
    private String forumCode;
    private Long sessionId;
    private int position;
    private final Kind kind;
    private final Track track;
    private final String title;
    private final String caseRef;
    private final Integer clearancePosition;
    private final Long reviewId;
    private final int minutes;
    private String outcome;
    private boolean discussed;
    private String carriedFromForum;
    private Long carriedFromSession;

    AgendaItem(Long id, String forumCode, Long sessionId, int position, Kind kind, Track track, String title,
               String caseRef, Integer clearancePosition, Long reviewId, int minutes, String outcome,
               boolean discussed, String carriedFromForum, Long carriedFromSession) {
        this.id = id;
        this.forumCode = forumCode;
        this.sessionId = sessionId;
        this.position = position;
        this.kind = kind;
        this.track = track;
        this.title = title;
        this.caseRef = caseRef;
        this.clearancePosition = clearancePosition;
        this.reviewId = reviewId;
        this.minutes = minutes;
        this.outcome = outcome;
        this.discussed = discussed;
        this.carriedFromForum = carriedFromForum;
        this.carriedFromSession = carriedFromSession;
    }

    static AgendaItem topic(String forumCode, Track track, String title, int minutes) {
        return new AgendaItem(null, forumCode, null, 0, Kind.TOPIC, track, title, null, null, null, minutes, null,
                false, null, null);
    }

    static AgendaItem caseItem(String forumCode, Track track, String title, String caseRef, int clearancePosition,
                               Long reviewId, int minutes) {
        return new AgendaItem(null, forumCode, null, 0, Kind.CASE, track, title, caseRef, clearancePosition, reviewId,
                minutes, null, false, null, null);
    }

    /** Records what the forum concluded on this item; an item's outcome is recorded once. */
    void conclude(String text) {
        if (discussed) {
            throw new RuleViolationException("outcome", "refusal.session.outcomeRecorded", title);
        }
        this.outcome = text;
        this.discussed = true;
    }

    /** Puts the item at a place on a session's agenda. */
    void placeOn(Long session, int place) {
        if (discussed) {
            throw new RuleViolationException("item", "refusal.session.itemDiscussed", title);
        }
        this.sessionId = session;
        this.position = place;
    }

    /** Moves an undiscussed item to a successor forum's next agenda, remembering where it was. */
    void carryOverTo(String successor) {
        this.carriedFromForum = forumCode;
        this.carriedFromSession = sessionId;
        this.forumCode = successor;
        this.sessionId = null;
        this.position = 0;
    }

    public Long id() { return id; }
    public String forumCode() { return forumCode; }
    public Long sessionId() { return sessionId; }
    public int position() { return position; }
    public Kind kind() { return kind; }
    public Track track() { return track; }
    public String title() { return title; }
    public String caseRef() { return caseRef; }
    public Integer clearancePosition() { return clearancePosition; }
    public Long reviewId() { return reviewId; }
    public int minutes() { return minutes; }
    public String outcome() { return outcome; }
    public boolean discussed() { return discussed; }
    public String carriedFromForum() { return carriedFromForum; }
    public Long carriedFromSession() { return carriedFromSession; }
}
