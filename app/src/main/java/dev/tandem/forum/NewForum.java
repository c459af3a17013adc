package dev.tandem.forum;

import java.time.LocalDate;
import java.util.List;

/** What it takes to establish a forum. Validated by {@link ForumManagement#establish}. */
public record NewForum(String code, String nameEn, String nameKo, ForumKind kind, List<String> parties,
                       LocalDate establishedOn, String note) {
}
