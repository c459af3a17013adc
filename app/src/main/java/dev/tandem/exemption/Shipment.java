package dev.tandem.exemption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** One shipment under an approved exemption: its number (1, 2, 3), the day it went, and the quantity of each line. */
public record Shipment(int number, LocalDate shippedOn, Map<Integer, BigDecimal> quantities) {

    public Shipment {
        quantities = Map.copyOf(quantities);
    }
}
