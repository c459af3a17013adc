package dev.tandem.exemption;

import java.time.LocalDate;

/** A request to keep an exemption valid until a later day, with the dates of its own steps. */
public record Extension(int number, LocalDate requestedUntil, ExtensionStatus status, LocalDate requestedOn,
                        LocalDate submittedOn, LocalDate decidedOn) {
}
