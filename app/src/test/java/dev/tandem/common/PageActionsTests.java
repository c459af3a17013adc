package dev.tandem.common;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import dev.tandem.common.PageActions.Shown;

import static org.assertj.core.api.Assertions.assertThat;

/** The steps of a page's post, in the page's language, without a web layer around them. */
class PageActionsTests {

    private final ResourceBundleMessageSource messages = MessageBundles.messages();
    private final PageActions pages = new PageActions(new Refusals(messages), messages);
    private final ExtendedModelMap model = new ExtendedModelMap();
    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    private final AtomicInteger ran = new AtomicInteger();

    @BeforeEach
    void inKorean() {
        LocaleContextHolder.setLocale(Locale.KOREAN);
    }

    @AfterEach
    void noLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    /** A form whose {@code to} field Bean Validation refused. */
    private static BindingResult refusedTo() {
        BindingResult input = new MapBindingResult(new HashMap<>(), "form");
        input.rejectValue("to", "NotNull");
        return input;
    }

    @Test
    void showsThePageAgainWithTheInputsReasonsByFieldAndNeverActs() {
        String view = pages.showAgainIfRefused(refusedTo(), model, () -> "form-page", () -> {
            ran.incrementAndGet();
            return "redirect:/done";
        });
        assertThat(view).isEqualTo("form-page");
        assertThat(model.get(PageActions.ERRORS)).isEqualTo(Map.of("to", "필수 항목입니다"));
        assertThat(ran).hasValue(0);
    }

    @Test
    void showsThePageAgainWithTheServicesRefusal() {
        String view = pages.showAgainIfRefused(null, model, () -> "form-page", () -> {
            throw new NotFoundException("id", "notice", 6);
        });
        assertThat(view).isEqualTo("form-page");
        assertThat(model.get(PageActions.ERRORS)).isEqualTo(Map.of("id", "ID가 6인 알림이(가) 없습니다"));
    }

    @Test
    void flashesWhatWasDoneAndGoesOn() {
        String view = pages.showAgainIfRefused(null, model, () -> "form-page", redirect, "/admin/parties",
                ran::incrementAndGet, "parties.created", "JP");
        assertThat(view).isEqualTo("redirect:/admin/parties");
        assertThat(redirect.getFlashAttributes().get(PageActions.MESSAGE)).isEqualTo("당사국 JP을(를) 등록했습니다.");
        assertThat(ran).hasValue(1);
        assertThat(model).isEmpty();
    }

    @Test
    void flashesTheInputsFirstReasonNamingItsFieldAndGoesBack() {
        String view = pages.flashIfRefused(refusedTo(), redirect, Shown.REASON, "/reviews/delegations",
                ran::incrementAndGet, "review.delegation.revoked");
        assertThat(view).isEqualTo("redirect:/reviews/delegations");
        assertThat(redirect.getFlashAttributes().get(PageActions.ACTION_ERROR)).isEqualTo("종료일: 필수 항목입니다");
        assertThat(ran).hasValue(0);
    }

    @Test
    void flashesTheServicesRefusalAsThePageShowsIt() {
        Runnable refused = () -> {
            throw new RuleViolationException("id", "refusal.decision.revokedAlready", 2);
        };
        pages.flashIfRefused(null, redirect, Shown.REASON, "/r", refused, "unused");
        assertThat(redirect.getFlashAttributes().get(PageActions.ACTION_ERROR)).isEqualTo("위임 2은(는) 이미 철회되었습니다");
        pages.flashIfRefused(null, redirect, Shown.NAMED, "/r", refused, "unused");
        assertThat(redirect.getFlashAttributes().get(PageActions.ACTION_ERROR))
                .isEqualTo("id: 위임 2은(는) 이미 철회되었습니다");
        pages.flashIfRefused(null, redirect, Shown.BY_FIELD, "/r", refused, "unused");
        assertThat(redirect.getFlashAttributes().get(PageActions.ERRORS))
                .isEqualTo(Map.of("id", "위임 2은(는) 이미 철회되었습니다"));
    }
}
