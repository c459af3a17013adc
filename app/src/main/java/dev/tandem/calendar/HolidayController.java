package dev.tandem.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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
import dev.tandem.common.Refusals;
import dev.tandem.forum.ForumManagement;

/** The administrator's holiday page: a party's holidays in a year, adding a day and removing one. */
@Controller
class HolidayController {

    private final HolidayManagement holidays;
    private final ForumManagement forums;
    private final MessageSource messages;
    private final Refusals refusals;
    private final Clock clock;

    HolidayController(HolidayManagement holidays, ForumManagement forums, MessageSource messages, Refusals refusals,
                      Clock clock) {
        this.holidays = holidays;
        this.forums = forums;
        this.messages = messages;
        this.refusals = refusals;
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
        if (binding.hasErrors()) {
            model.addAttribute("errors", refusals.byField(binding));
            // a day or kind that did not convert leaves no record to show again; start from the party
            model.addAttribute("form", form != null ? form : new NewHoliday(party, null, null, null, null, null));
            return list(party, year, model);
        }
        try {
            HolidayEntry added = holidays.add(form);
            redirect.addFlashAttribute("message", messages.getMessage("holidays.added",
                    new Object[] {added.day().toString(), added.name(LocaleContextHolder.getLocale())},
                    LocaleContextHolder.getLocale()));
            return "redirect:/admin/holidays?party=" + added.party() + "&year=" + added.day().getYear();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", refusals.byField(e));
            return list(party, year, model);
        }
    }

    @PostMapping("/admin/holidays/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        try {
            HolidayEntry removed = holidays.remove(id);
            redirect.addFlashAttribute("message", messages.getMessage("holidays.removed",
                    new Object[] {removed.day().toString(), removed.name(LocaleContextHolder.getLocale())},
                    LocaleContextHolder.getLocale()));
            return "redirect:/admin/holidays?party=" + removed.party() + "&year=" + removed.day().getYear();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", refusals.byField(e));
            return "redirect:/admin/holidays";
        }
    }
}
