package dev.tandem.calendar;

import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the zone switch of the layout as the model attribute {@code zoneSwitch}. The current zone is
 * worked out only when a page asks (an API response never does), and a page rendered without the calendar module
 * (a controller test's slice) simply shows no switch.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ZoneSwitch {

    private final ObjectProvider<ViewerZone> viewerZone;

    ZoneSwitch(ObjectProvider<ViewerZone> viewerZone) {
        this.viewerZone = viewerZone;
    }

    /** What the layout's switch shows. */
    record Choices(ViewerZone viewer) {

        public List<ZoneId> zones() {
            return ViewerZone.CHOICES;
        }

        public String current() {
            return viewer.zone().getId();
        }
    }

    @ModelAttribute("zoneSwitch")
    Choices zoneSwitch() {
        ViewerZone viewer = viewerZone.getIfAvailable();
        return viewer == null ? null : new Choices(viewer);
    }
}
