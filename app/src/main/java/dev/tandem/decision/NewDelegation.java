package dev.tandem.decision;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dev.tandem.common.CleanText;

/** A co-chair lets a member of the party take its positions from one day to another (both included). */
public record NewDelegation(@NotBlank @Size(max = DecisionLimits.USERNAME) @CleanText String delegate,
                            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
}
