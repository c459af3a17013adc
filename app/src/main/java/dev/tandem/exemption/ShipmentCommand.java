package dev.tandem.exemption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A shipment as recorded: the day it went and the quantity of each approved line it carries. */
public record ShipmentCommand(@NotNull LocalDate shippedOn, @NotEmpty @Valid List<Line> lines) {

    public record Line(@NotNull @Positive Integer line,
                       @NotNull @Positive @Digits(integer = 14, fraction = 4) BigDecimal quantity) {
    }
}
