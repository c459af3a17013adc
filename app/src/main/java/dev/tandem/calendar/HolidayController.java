package dev.tandem.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.PageActions;
import dev.tandem.common.PageActions.Shown;
import dev.tandem.common.Refusals;
import dev.tandem.forum.ForumManagement;

/** The administrator's holiday page: a party's holidays in a year, adding a day and removing one. */
@Controller
class HolidayController {

    private final HolidayManagement holidays;
    private final ForumManagement forums;
    private final Refusals refusals;
    private final PageActions pages;
    private final Clock clock;

    HolidayController(HolidayManagement holidays, ForumManagement forums, Refusals refusals, PageActions pages,
                      Clock clock) {
        this.holidays = holidays;
        this.forums = forums;
        this.refusals = refusals;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/admin/holidays")
    String list(@RequestParam(defaultValue = "ROK") String party, @RequestParam(required = false) Integer year,
                Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        try {
            model.addAttribute("holidays", holidays.holidays(party, shown));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", refusals.byField(e));
            model.addAttribute("holidays", List.of());
        }
        model.addAttribute("party", party);
        model.addAttribute("year", shown);
        model.addAttribute("parties", forums.parties());
        model.addAttribute("kinds", Arrays.asList(HolidayKind.values()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewHoliday(party, null, null, null, null, null));
        }
        return "admin/holidays";
    }

    @PostMapping("/admin/holidays")
    String add(@Valid @ModelAttribute("form") NewHoliday form, BindingResult binding, Model model,
               RedirectAttributes redirect) {
        String party = form == null || form.party() == null ? "ROK" : form.party();
        Integer year = form == null || form.day() == null ? null : form.day().getYear();
        return pages.showAgainIfRefused(binding, model, () -> {
            // a day or kind that did not convert leaves no record to show again; start from the party
            model.addAttribute("form", form != null ? form : new NewHoliday(party, null, null, null, null, null));
            return list(party, year, model);
        }, () -> said(redirect, "holidays.added", holidays.add(form)));
    }

    @PostMapping("/admin/holidays/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        return pages.flashIfRefused(null, redirect, Shown.BY_FIELD, "/admin/holidays",
                () -> said(redirect, "holidays.removed", holidays.remove(id)));
    }

    /** Says what was done to a day ({@code key}: its date and name) on the page of its party and year. */
    private String said(RedirectAttributes redirect, String key, HolidayEntry day) {
        return pages.done(redirect, "/admin/holidays?party=" + day.party() + "&year=" + day.day().getYear(), key,
                day.day().toString(), day.name(LocaleContextHolder.getLocale()));
    }
}
