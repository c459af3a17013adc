package dev.tandem.session;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

/**
 * Sessions as iCalendar (RFC 5545, via ical4j): one event per session with its stored UID (so a calendar updates
 * the event it already has), its start and end in the session's own time zone with that zone's VTIMEZONE, the
 * venue or the video link, and CANCELLED when it was. SEQUENCE follows the session's stored version.
 */
final class SessionCalendar {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private SessionCalendar() {
    }

    static String of(String name, List<ForumSession> sessions, Instant stamp) {
        Calendar calendar = new Calendar()
                .withProdId("-//Tandem//Sessions//EN")
                .withDefaults()
                .getFluentTarget();
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (ForumSession session : sessions) {
            zones.add(session.zone());
        }
        for (ZoneId zone : zones) {
            calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone());
        }
        for (ForumSession session : sessions) {
            calendar.add(event(session, stamp));
        }
        return calendar.toString();
    }

    /**
     * The TZID of a session's times. The local times are written as Java's zone rules give them, not converted by
     * ical4j: ical4j 4.1.1 reads the Asia/Seoul definition's daylight rule of 1987–88 as if it never ended and would
     * put a Seoul session in May an hour late (SessionCalendarTests).
     */
    private static ParameterList zoned(ForumSession session) {
        return new ParameterList(List.of(new TzId(session.zone().getId())));
    }

    private static VEvent event(ForumSession session, Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(zoned(session), session.localStart()));
        event.add(new DtEnd<>(zoned(session), session.endsAt().toLocalDateTime()));
        event.add(new Summary(session.title()));
        event.add(new Uid(session.icalUid()));
        event.add(new Sequence(session.version()));
        if (session.venue() != null) {
            event.add(new Location(session.venue()));
        }
        if (session.videoLink() != null) {
            try {
                event.add(new Url(java.net.URI.create(session.videoLink())));
            } catch (IllegalArgumentException ignored) {
                // a stored link is checked when scheduled; an odd one is still named in the description
            }
        }
        StringBuilder description = new StringBuilder();
        if (session.videoLink() != null) {
            description.append(session.videoLink()).append('\n');
        }
        for (AgendaItem item : session.agenda()) {
            description.append(item.position()).append(". ").append(item.title()).append('\n');
        }
        if (!description.isEmpty()) {
            event.add(new Description(description.toString().strip()));
        }
        if (session.status() == SessionStatus.CANCELLED) {
            event.add(new Status(Status.VALUE_CANCELLED));
        } else {
            event.add(new Status(session.status() == SessionStatus.HELD ? Status.VALUE_CONFIRMED : Status.VALUE_TENTATIVE));
        }
        return event;
    }
}
