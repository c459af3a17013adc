package dev.tandem.session;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCalendarTests {

    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    private static ForumSession session(String zone, String start, String venue) {
        return ForumSession.schedule("wg", "Meeting", LocalDateTime.parse(start), ZoneId.of(zone), 90, venue, null);
    }

    @Test
    void writesTheStartInTheSessionsOwnZoneWithItsDefinition() {
        ForumSession seoul = session("Asia/Seoul", "2018-12-21T10:00", "MOFA, Seoul");
        String ics = SessionCalendar.of("Working group", List.of(seoul), NOW);
        assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VTIMEZONE", "TZID:Asia/Seoul",
                "DTSTART;TZID=Asia/Seoul:20181221T100000", "DTEND;TZID=Asia/Seoul:20181221T113000",
                "UID:" + seoul.icalUid(), "LOCATION:MOFA\\, Seoul", "SUMMARY:Meeting");
    }

    @Test
    void writesSummerTimesAsTheZonesRulesHaveThem() {
        String ics = SessionCalendar.of("wg", List.of(session("Asia/Seoul", "2030-05-06T10:00", "Seoul"),
                session("America/New_York", "2030-07-01T09:30", "Washington")), NOW);
        assertThat(ics).contains("DTSTART;TZID=Asia/Seoul:20300506T100000", "DTEND;TZID=Asia/Seoul:20300506T113000",
                "DTSTART;TZID=America/New_York:20300701T093000");
        assertThat(ics.split("DTSTAMP", -1)).hasSize(3);
    }

    @Test
    void keepsTheUidAndMarksACancelledSession() {
        ForumSession washington = session("America/New_York", "2018-11-20T10:00", "Washington");
        String before = SessionCalendar.of("wg", List.of(washington), NOW);
        washington.cancel("handed over");
        String after = SessionCalendar.of("wg", List.of(washington), NOW);
        assertThat(after).contains("UID:" + washington.icalUid(), "STATUS:CANCELLED",
                "DTSTART;TZID=America/New_York:20181120T100000");
        assertThat(before).contains("UID:" + washington.icalUid()).doesNotContain("STATUS:CANCELLED");
    }

    @Test
    void definesEachZoneOnceInAFeed() {
        String ics = SessionCalendar.of("wg", List.of(session("Asia/Seoul", "2018-12-21T10:00", "a"),
                session("Asia/Seoul", "2019-01-17T09:00", "b"), session("America/New_York", "2019-03-14T10:00", "c")), NOW);
        assertThat(ics.split("BEGIN:VTIMEZONE", -1)).hasSize(3);
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(4);
    }
}
