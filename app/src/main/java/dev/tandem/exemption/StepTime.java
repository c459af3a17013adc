package dev.tandem.exemption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One step of one request as reports read it: how long the request stayed in the stage (to today if it still is). */
public record StepTime(String exemptionRef, String caseRef, ExemptionStage stage, LocalDate enteredOn,
                       LocalDate leftOn, String member) {

    public long days(LocalDate today) {
        return ChronoUnit.DAYS.between(enteredOn, leftOn == null ? today : leftOn);
    }
}
