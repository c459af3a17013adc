package dev.tandem.screening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.tandem.common.CleanText;

/** A second person's answer to a proposed false positive: confirmed or rejected, with the reason. */
record HitConfirmation(@NotNull Boolean confirmed,
                       @NotBlank @Size(max = ScreeningLimits.REASON) @CleanText String reason,
                       Integer version) {
}
