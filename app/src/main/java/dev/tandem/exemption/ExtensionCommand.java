package dev.tandem.exemption;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * An extension as recorded: to request one, the day the exemption should stay valid until; to move one along, its
 * new status; either on a day (today when left out).
 */
public record ExtensionCommand(@DateTimeFormat(iso = ISO.DATE) LocalDate until,
                               ExtensionStatus status,
                               @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
}
