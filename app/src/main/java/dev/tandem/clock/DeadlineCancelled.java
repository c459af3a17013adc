package dev.tandem.clock;

/** Published when a deadline no longer matters (the procedure ended early, a hold stopped the clock). */
public record DeadlineCancelled(String kind, String key) {
}
