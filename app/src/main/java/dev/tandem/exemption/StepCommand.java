package dev.tandem.exemption;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import dev.tandem.common.CleanText;

/**
 * A step of a request through the Committee as recorded: the stage it moves to, on which day (today when left out),
 * the member placing a hold, the no-objection deadline of a circulation, the end of validity of an approval (left
 * out: as long as the rule allows), and the version the user read.
 */
public record StepCommand(@NotNull ExemptionStage stage,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                          @Size(max = ExemptionLimits.MEMBER) @CleanText String member,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate deadline,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate validUntil,
                          Integer version) {
}
