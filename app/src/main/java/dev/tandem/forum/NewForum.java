package dev.tandem.forum;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Size;

import dev.tandem.common.CleanText;

/** What it takes to establish a forum. Validated by {@link ForumManagement#establish}. */
public record NewForum(@Size(max = ForumLimits.FORUM_CODE) @CleanText String code,
                       @Size(max = ForumLimits.NAME) @CleanText String nameEn,
                       @Size(max = ForumLimits.NAME) @CleanText String nameKo, ForumKind kind,
                       @Size(max = 20) List<@Size(max = ForumLimits.PARTY_CODE) @CleanText String> parties,
                       LocalDate establishedOn, @Size(max = ForumLimits.NOTE) @CleanText String note) {
}
