package dev.tandem.forum;

import java.util.Locale;
import java.util.Set;

/** What other modules need to know of a forum to route work to it. */
public record ForumSummary(String code, String nameEn, String nameKo, Set<String> parties, ForumStatus status,
                           String successorCode) {

    static ForumSummary of(Forum f) {
        return new ForumSummary(f.code(), f.nameEn(), f.nameKo(), Set.copyOf(f.parties()), f.status(), f.successorCode());
    }

    public String name(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? nameKo : nameEn;
    }
}
