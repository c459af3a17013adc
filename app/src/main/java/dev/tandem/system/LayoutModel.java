package dev.tandem.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the layout needs on every page: language links that keep the page and its query. A page rendered in
 * answer to a form post links to the home page instead, since its address only accepts posts.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return new LanguageLinks("/?lang=en", "/?lang=ko");
        }
        ServletUriComponentsBuilder current = ServletUriComponentsBuilder.fromRequest(request);
        return new LanguageLinks(link(current, "en"), link(current, "ko"));
    }

    private static String link(ServletUriComponentsBuilder current, String language) {
        return current.cloneBuilder().replaceQueryParam("lang", language).build().toUriString()
                .replaceFirst("^[a-z]+://[^/]+", "");
    }

    record LanguageLinks(String en, String ko) {
    }
}
