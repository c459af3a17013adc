package dev.tandem.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import dev.tandem.identity.CurrentUser;

/**
 * The time zone a page shows times in, for templates: {@code ${@viewerZone.format(instant)}}. The zone the viewer
 * chose (Seoul or Washington, kept in the cookie {@value #COOKIE}, set on any page), else the zone of the
 * viewer's party, else Seoul (applicants are the organisations that file inter-Korean projects, in Korea).
 */
@Component("viewerZone")
public class ViewerZone {

    public static final String COOKIE = "tandem-zone";
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final ZoneId WASHINGTON = ZoneId.of("America/New_York");
    /** The zones a viewer may choose: the working group's two capitals. */
    static final List<ZoneId> CHOICES = List.of(SEOUL, WASHINGTON);
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz");

    private final CurrentUser user;
    private final WorkingCalendar calendar;

    ViewerZone(CurrentUser user, WorkingCalendar calendar) {
        this.user = user;
        this.calendar = calendar;
    }

    /** The zone times are shown in for the current viewer. */
    public ZoneId zone() {
        return chosen().or(() -> user.party().map(calendar::zoneOf)).orElse(SEOUL);
    }

    /** {@code instant} as the viewer reads it ("2019-09-18 00:00 KST"); empty for none. */
    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.withLocale(LocaleContextHolder.getLocale()).format(instant.atZone(zone()));
    }

    /** A zone the viewer may choose, by its id; empty for anything else. */
    static Optional<ZoneId> choice(String id) {
        return CHOICES.stream().filter(z -> z.getId().equals(id)).findFirst();
    }

    private static Optional<ZoneId> chosen() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return choice(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
