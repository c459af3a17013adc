package dev.tandem.reporting;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.Refusals;

/** The public transparency report, as a page and as JSON; no sign-in. */
@Controller
class TransparencyController {

    private final TransparencyReport report;
    private final ReportView view;
    private final Refusals refusals;

    TransparencyController(TransparencyReport report, ReportView view, Refusals refusals) {
        this.report = report;
        this.view = view;
        this.refusals = refusals;
    }

    @GetMapping("/transparency")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
                Model model) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            model.addAttribute("table", view.show(report.table(ReportController.date("from", from, null),
                    ReportController.date("to", to, null)), locale));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", refusals.byField(e));
        }
        return "reports/transparency";
    }
}
