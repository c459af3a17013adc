package dev.tandem.exemption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.casefile.CaseManagement;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.PageActions;
import dev.tandem.common.PageActions.Shown;

/**
 * Exemption pages: the exemption panel of a case (its requests with the time in each step, what is missing, the
 * package versions, shipments and extensions, and the forms of the secretariat), and the public verification page.
 * Every refusal comes back to the panel in the page's language.
 */
@Controller
class ExemptionController {

    private final ExemptionManagement exemptions;
    private final CaseManagement cases;
    private final PublicVerification verification;
    private final PublicRequestLimits limits;
    private final PageActions pages;
    private final MessageSource messages;

    ExemptionController(ExemptionManagement exemptions, CaseManagement cases, PublicVerification verification,
                        PublicRequestLimits limits, PageActions pages, MessageSource messages) {
        this.exemptions = exemptions;
        this.cases = cases;
        this.verification = verification;
        this.limits = limits;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/cases/{caseRef}/exemptions")
    String panel(@PathVariable String caseRef, Model model) {
        List<ExemptionRequest> requests = exemptions.ofCase(caseRef);
        model.addAttribute("file", cases.caseFile(caseRef));
        model.addAttribute("requests", requests);
        model.addAttribute("missing", requests.stream().filter(r -> r.stage().beforeSubmission())
                .collect(java.util.stream.Collectors.toMap(ExemptionRequest::ref, r -> exemptions.missing(r.ref()))));
        model.addAttribute("packages", requests.stream()
                .collect(java.util.stream.Collectors.toMap(ExemptionRequest::ref, r -> exemptions.packages(r.ref()))));
        model.addAttribute("today", exemptions.today());
        model.addAttribute("channels", RoutingChannel.values());
        model.addAttribute("rules", exemptions.validityRules());
        return "exemption/panel";
    }

    @PostMapping("/cases/{caseRef}/exemptions")
    String draft(@PathVariable String caseRef, RedirectAttributes redirect) {
        String panel = panel(caseRef);
        return pages.flashIfRefused(null, redirect, Shown.REASON, panel,
                () -> pages.done(redirect, panel, "exemption.done.drafted", exemptions.draft(caseRef, null).ref()));
    }

    @PostMapping("/exemptions/{ref}/details")
    String revise(@PathVariable String ref, @ModelAttribute DetailsForm form, BindingResult input,
                  RedirectAttributes redirect) {
        return act(ref, input, redirect, "exemption.done.revised",
                () -> exemptions.revise(ref, form.details(), form.version()));
    }

    @PostMapping("/exemptions/{ref}/packages")
    String generate(@PathVariable String ref, RedirectAttributes redirect) {
        return act(ref, null, redirect, "exemption.done.generated", () -> exemptions.generatePackage(ref));
    }

    @PostMapping("/exemptions/{ref}/steps")
    String step(@PathVariable String ref, @ModelAttribute StepCommand step, BindingResult input,
                RedirectAttributes redirect) {
        return act(ref, input, redirect, "exemption.done.step", () -> exemptions.record(ref, step));
    }

    @PostMapping("/exemptions/{ref}/shipments")
    String ship(@PathVariable String ref, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(ref, null, redirect, "exemption.done.shipped", () -> exemptions.ship(ref, shipment(form)));
    }

    @PostMapping("/exemptions/{ref}/extensions")
    String extend(@PathVariable String ref, @ModelAttribute ExtensionCommand command, BindingResult input,
                  RedirectAttributes redirect) {
        return act(ref, input, redirect, "exemption.done.extension", () -> exemptions.requestExtension(ref, command));
    }

    @PostMapping("/exemptions/{ref}/extensions/{number}")
    String moveExtension(@PathVariable String ref, @PathVariable int number,
                         @ModelAttribute ExtensionCommand command, BindingResult input,
                         RedirectAttributes redirect) {
        return act(ref, input, redirect, "exemption.done.extension",
                () -> exemptions.moveExtension(ref, number, command));
    }

    // --- public verification -------------------------------------------------------------------------------

    @GetMapping("/verify")
    String verifyForm(@RequestParam(required = false) String reference) {
        if (reference != null && !reference.isBlank()) {
            return "redirect:/verify/" + org.springframework.web.util.UriUtils.encodePathSegment(reference.strip(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        return "exemption/verify";
    }

    @GetMapping("/verify/{reference}")
    String verify(@PathVariable String reference, Model model, HttpServletRequest request,
                  jakarta.servlet.http.HttpServletResponse response) {
        limits.check(request);
        model.addAttribute("reference", reference);
        verification.verify(reference).ifPresentOrElse(v -> model.addAttribute("exemption", v),
                () -> response.setStatus(HttpStatus.NOT_FOUND.value()));
        return "exemption/verify";
    }

    @ExceptionHandler(TooManyRequestsException.class)
    String tooMany(TooManyRequestsException e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        model.addAttribute("actionError", say("refusal.exemption.tooManyRequests", e.retryAfterSeconds()));
        return "exemption/verify";
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** What the secretariat writes on a request, as the form sends it. */
    record DetailsForm(String requestingEntity, RoutingChannel channel, String nature, String recipients,
                       String recipientSelection, String shipmentPlan, String financialArrangements,
                       String monitoringPlan, Integer version) {

        RequestDetails details() {
            return new RequestDetails(requestingEntity, channel, nature, recipients, recipientSelection, shipmentPlan,
                    financialArrangements, monitoringPlan);
        }
    }

    /** A shipment form: {@code shippedOn} and a field {@code line-N} with the quantity of each line it carries. */
    static ShipmentCommand shipment(Map<String, String> form) {
        LocalDate on;
        try {
            on = form.get("shippedOn") == null || form.get("shippedOn").isBlank() ? null
                    : LocalDate.parse(form.get("shippedOn"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("shippedOn", "refusal.exemption.notADate");
        }
        List<ShipmentCommand.Line> lines = new ArrayList<>();
        form.forEach((name, value) -> {
            if (name.startsWith("line-") && value != null && !value.isBlank()) {
                try {
                    lines.add(new ShipmentCommand.Line(Integer.valueOf(name.substring(5)), new BigDecimal(value.strip())));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("lines", "refusal.exemption.notAQuantity", name.substring(5));
                }
            }
        });
        return new ShipmentCommand(on, lines);
    }

    /** Done or refused, back to the request on its case's panel; a value that did not convert is named. */
    private String act(String ref, BindingResult input, RedirectAttributes redirect, String done, Runnable action) {
        String back = panel(exemptions.request(ref).caseRef()) + "#" + ref;
        return pages.flashIfRefused(input, redirect, Shown.REASON, back, action, done, ref);
    }

    private static String panel(String caseRef) {
        return "/cases/" + caseRef + "/exemptions";
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
