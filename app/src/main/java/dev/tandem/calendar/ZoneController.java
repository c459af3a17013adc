package dev.tandem.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.Refusals;

/** The viewer's choice of the zone times are shown in (Seoul or Washington), kept in a cookie for a year. */
@Controller
class ZoneController {

    private final Refusals refusals;

    ZoneController(Refusals refusals) {
        this.refusals = refusals;
    }

    @PostMapping("/settings/zone")
    String choose(@RequestParam(required = false) String zone,
                  @RequestHeader(name = HttpHeaders.REFERER, required = false) String referer,
                  HttpServletResponse response, RedirectAttributes redirect) {
        var chosen = ViewerZone.choice(zone);
        if (chosen.isEmpty()) {
            InvalidInputException refusal = new InvalidInputException("zone", "refusal.calendar.zone",
                    String.join(", ", ViewerZone.CHOICES.stream().map(Object::toString).toList()));
            redirect.addFlashAttribute("message", refusals.reason(refusal));
            return "redirect:" + backTo(referer);
        }
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(ViewerZone.COOKIE, chosen.get().getId())
                .path("/").maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").build().toString());
        return "redirect:" + backTo(referer);
    }

    /** The page the choice was made on: only its path and query, so the redirect never leaves this site. */
    static String backTo(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = new URI(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
