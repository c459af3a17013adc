package dev.tandem.screening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.tandem.common.CleanText;

/**
 * A co-chair's decision on an open hit, from the page or the API. Which decisions a hit accepts (TRUE_MATCH or
 * FALSE_POSITIVE, four eyes at a high score) is the hit's to say ({@link ScreeningHit}), so any status binds here.
 *
 * @param version the version the person read, to be told when someone decided first; null skips that check
 */
record HitDecision(@NotNull HitStatus decision,
                   @NotBlank @Size(max = ScreeningLimits.REASON) @CleanText String reason,
                   Integer version) {
}
