package dev.tandem.decision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.tandem.common.CleanText;

/**
 * A position to take or propose: concurrence with conditions needs the conditions, an objection its reason; a
 * hold needs none.
 */
public record TakePosition(@NotNull PositionKind kind,
                           @Size(max = DecisionLimits.TEXT) @CleanText String text) {
}
