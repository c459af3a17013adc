package dev.tandem.screening.core.name;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks every step must pass: "" stays "", never null, idempotent on random input. */
final class StepContract {

    private StepContract() {
    }

    static void check(NameStep step) {
        assertThat(step.apply("")).isEmpty();
        for (String input : RandomNames.sample(42L, 300)) {
            String once = step.apply(input);
            assertThat(once).as("null for %s", input).isNotNull();
            assertThat(step.apply(once)).as("idempotent on %s", input).isEqualTo(once);
        }
    }
}
