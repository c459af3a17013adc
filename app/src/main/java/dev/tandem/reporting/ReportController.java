package dev.tandem.reporting;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.casefile.CaseCategory;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.Refusals;
import dev.tandem.forum.CaseRouting;
import dev.tandem.forum.ForumManagement;
import dev.tandem.session.Track;

/** The dashboard, the "what if", the exports and the PDF report; the services check who may see them. */
@Controller
class ReportController {

    static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);

    private final Reports reports;
    private final WhatIf whatIf;
    private final ReportView view;
    private final ForumManagement forums;
    private final Refusals refusals;
    private final Clock clock;

    ReportController(Reports reports, WhatIf whatIf, ReportView view, ForumManagement forums,
                     Refusals refusals, Clock clock) {
        this.reports = reports;
        this.whatIf = whatIf;
        this.view = view;
        this.forums = forums;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String forum, @RequestParam(required = false) String category,
                     @RequestParam(required = false) String track, Locale locale, Model model) {
        form(from, to, forum, category, model);
        model.addAttribute("track", track);
        model.addAttribute("tracks", Track.values());
        try {
            ReportFilter filter = filter(from, to, forum, category, track);
            Dashboard dashboard = reports.dashboard(filter, locale);
            model.addAttribute("dashboard", dashboard);
            model.addAttribute("tables", dashboard.tables().stream().map(t -> view.show(t, locale)).toList());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", refusals.byField(e));
        }
        return "reports/dashboard";
    }

    @GetMapping("/reports/what-if")
    String whatIf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String forum, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String charter, @RequestParam(required = false) String draftName,
                  @RequestParam(required = false) CaseRouting draftRouting,
                  @RequestParam(required = false) String draftWindow, @RequestParam(required = false) String draftReview,
                  Locale locale, Model model) {
        form(from, to, forum, category, model);
        model.addAttribute("charter", charter);
        model.addAttribute("draftName", draftName);
        model.addAttribute("draftRouting", draftRouting);
        model.addAttribute("draftWindow", draftWindow);
        model.addAttribute("draftReview", draftReview);
        model.addAttribute("charters", forums.forums().stream().flatMap(f -> f.charters().stream()
                .map(c -> new CharterOption(f.code() + ":" + c.version(),
                        f.name(locale) + " · " + (Reports.korean(locale) ? c.nameKo() : c.name()) + " (" + c.effectiveFrom() + ")")))
                .toList());
        model.addAttribute("routings", CaseRouting.values());
        try {
            ReportFilter filter = filter(from, to, forum, category);
            WhatIf.Result result = null;
            if (draftName != null && !draftName.isBlank()) {
                result = whatIf.underDraftCharter(filter, new WhatIf.DraftCharter(draftName, draftRouting,
                        days("draft.objectionWindowDays", draftWindow), days("draft.forumReviewDays", draftReview)));
            } else if (charter != null && !charter.isBlank()) {
                result = whatIf.underStoredCharter(filter, charter);
            }
            model.addAttribute("result", result);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", refusals.byField(e));
        }
        return "reports/what-if";
    }

    record CharterOption(String value, String label) {
    }

    private void form(String from, String to, String forum, String category, Model model) {
        model.addAttribute("from", from == null ? FIRST_DAY.toString() : from);
        model.addAttribute("to", to == null ? LocalDate.now(clock).toString() : to);
        model.addAttribute("forum", forum);
        model.addAttribute("category", category);
        model.addAttribute("forums", forums.forums().stream().map(f -> new CharterOption(f.code(), f.name(
                org.springframework.context.i18n.LocaleContextHolder.getLocale()))).toList());
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("tableIds", Reports.TABLES);
    }

    ReportFilter filter(String from, String to, String forum, String category) {
        return filter(from, to, forum, category, null);
    }

    ReportFilter filter(String from, String to, String forum, String category, String track) {
        return new ReportFilter(date("from", from, FIRST_DAY), date("to", to, LocalDate.now(clock)), forum,
                category(category), track(track));
    }

    static Track track(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Track.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("track", "refusal.reporting.unknownTrack", value,
                    Refusals.allowed(Track.class));
        }
    }

    static LocalDate date(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "refusal.reporting.date", value);
        }
    }

    static CaseCategory category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CaseCategory.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("category", "refusal.reporting.unknownCategory", value,
                    Refusals.allowed(CaseCategory.class));
        }
    }

    private static Integer days(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "refusal.reporting.draftDays", 1, 250);
        }
    }
}
