package dev.tandem.common;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps of a page's form post, written once (ADR 0022): input that Bean Validation refuses never reaches the
 * service; a refusal, of the input or of the service, comes back in the page's language; an action done flashes its
 * message and redirects, so that reloading the page does not post again.
 * <p>
 * Two kinds of post: a form its page can show again with what was typed ({@link #showAgainIfRefused}), and a post
 * whose refusal is flashed to the page it goes back to ({@link #flashIfRefused}), such as a button on a list.
 */
@Component
public class PageActions {

    /** The model or flash attribute of the reasons by field, as the form fragments show them. */
    public static final String ERRORS = "errors";
    /** The flash attribute of a single refusal shown above the page. */
    public static final String ACTION_ERROR = "actionError";
    /** The flash attribute of what was done. */
    public static final String MESSAGE = "message";

    /** How a flashed refusal is shown on the page the post goes back to. */
    public enum Shown {
        /** Beside the fields it names: {@code errors}, the reasons by field. */
        BY_FIELD,
        /** Above the page, {@code actionError}: the reason alone, or with its field's label when it is the input's. */
        REASON,
        /** Above the page, {@code actionError}: always with its field's label ("Position: is required"). */
        NAMED
    }

    private final Refusals refusals;
    private final MessageSource messages;

    public PageActions(Refusals refusals, MessageSource messages) {
        this.refusals = refusals;
        this.messages = messages;
    }

    /**
     * A form its page can show again: refused (by Bean Validation in {@code input}, which may be {@code null} for a
     * post without a form, or by the service) the reasons go into the model by field and {@code page} answers;
     * otherwise what {@code action} answers, typically {@link #done}.
     */
    public String showAgainIfRefused(BindingResult input, Model model, Supplier<String> page,
                                     Supplier<String> action) {
        if (input != null && input.hasErrors()) {
            model.addAttribute(ERRORS, refusals.byField(input));
            return page.get();
        }
        try {
            return action.get();
        } catch (InvalidInputException e) {
            model.addAttribute(ERRORS, refusals.byField(e));
            return page.get();
        }
    }

    /** {@link #showAgainIfRefused} of an action that, done, says {@code done} on the page at {@code location}. */
    public String showAgainIfRefused(BindingResult input, Model model, Supplier<String> page,
                                     RedirectAttributes redirect, String location, Runnable action, String done,
                                     Object... args) {
        return showAgainIfRefused(input, model, page, () -> {
            action.run();
            return done(redirect, location, done, args);
        });
    }

    /**
     * A post that goes back to {@code back} when refused, the refusal flashed as {@code shown}; otherwise what
     * {@code action} answers, typically {@link #done}.
     */
    public String flashIfRefused(BindingResult input, RedirectAttributes redirect, Shown shown, String back,
                                 Supplier<String> action) {
        if (input != null && input.hasErrors()) {
            Map<String, String> reasons = refusals.byField(input);
            if (shown == Shown.BY_FIELD) {
                redirect.addFlashAttribute(ERRORS, reasons);
            } else {
                // a form the page does not show again says its first reason, naming the field
                Map.Entry<String, String> first = reasons.entrySet().iterator().next();
                redirect.addFlashAttribute(ACTION_ERROR, named(first.getKey(), first.getValue()));
            }
            return redirect(back);
        }
        try {
            return action.get();
        } catch (InvalidInputException e) {
            switch (shown) {
                case BY_FIELD -> redirect.addFlashAttribute(ERRORS, refusals.byField(e));
                case REASON -> redirect.addFlashAttribute(ACTION_ERROR, refusals.reason(e));
                default -> redirect.addFlashAttribute(ACTION_ERROR, named(e.field(), refusals.reason(e)));
            }
            return redirect(back);
        }
    }

    /** {@link #flashIfRefused} of an action that, done, says {@code done} on the page at {@code back} too. */
    public String flashIfRefused(BindingResult input, RedirectAttributes redirect, Shown shown, String back,
                                 Runnable action, String done, Object... args) {
        return flashIfRefused(input, redirect, shown, back, () -> {
            action.run();
            return done(redirect, back, done, args);
        });
    }

    /** Says what was done ({@code key} with {@code args}) on the page at {@code location}, and goes there. */
    public String done(RedirectAttributes redirect, String location, String key, Object... args) {
        redirect.addFlashAttribute(MESSAGE, messages.getMessage(key, args, LocaleContextHolder.getLocale()));
        return redirect(location);
    }

    private static String redirect(String location) {
        return "redirect:" + location;
    }

    /** "Label: reason", the label of {@code field.<name>}, or the field's own name when it has none. */
    private String named(String field, String reason) {
        String label = messages.getMessage("field." + field, null, field, LocaleContextHolder.getLocale());
        return messages.getMessage("refusal.field", new Object[] {label, reason}, LocaleContextHolder.getLocale());
    }
}
