package dev.tandem.exemption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One step of a request: the stage it entered, on which day, who recorded it, and when it left (null while it is
 * there). A hold names the Committee member who placed it; holds need no reason.
 */
public record ExemptionStep(ExemptionStage stage, LocalDate enteredOn, LocalDate leftOn, String actor, String member) {

    /** Days spent in the step, counted up to {@code today} while it lasts. */
    public long days(LocalDate today) {
        return ChronoUnit.DAYS.between(enteredOn, leftOn == null ? today : leftOn);
    }

    ExemptionStep leftOn(LocalDate day) {
        return new ExemptionStep(stage, enteredOn, day, actor, member);
    }
}
