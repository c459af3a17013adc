package dev.tandem.session;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * iCalendar files: one per session and a feed per forum. Like every page they need a signed-in user; a calendar
 * client subscribes to the feed with the user's name and password (HTTP Basic), see ADR 0017.
 */
@Controller
class SessionCalendarController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final SessionManagement sessions;

    SessionCalendarController(SessionManagement sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/sessions/{id}.ics")
    ResponseEntity<String> session(@PathVariable long id) {
        return file("session-" + id + ".ics", sessions.calendar(id));
    }

    @GetMapping("/forums/{code}/sessions.ics")
    ResponseEntity<String> feed(@PathVariable String code) {
        return file(code + "-sessions.ics", sessions.calendarFeed(code));
    }

    private static ResponseEntity<String> file(String name, String body) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(body);
    }
}
