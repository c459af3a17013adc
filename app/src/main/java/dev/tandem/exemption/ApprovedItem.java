package dev.tandem.exemption;

import java.math.BigDecimal;

/** One line of the request's itemised list (Annex II), as requested and, once approved, as approved. */
public record ApprovedItem(int line, String description, String specification, String hsCode, String unit,
                           BigDecimal quantity, BigDecimal unitValueUsd, BigDecimal totalValueUsd) {
}
