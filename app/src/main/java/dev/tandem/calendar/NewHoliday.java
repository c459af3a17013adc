package dev.tandem.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dev.tandem.common.CleanText;

/**
 * A day an administrator makes a party's public holiday (a polling day, a temporary holiday, a closure).
 *
 * @param source the announcement it comes from; left out, "Administrator"
 */
public record NewHoliday(@NotBlank @Size(max = CalendarLimits.PARTY_CODE) @CleanText String party,
                         @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                         @NotBlank @Size(max = CalendarLimits.NAME) @CleanText String nameEn,
                         @NotBlank @Size(max = CalendarLimits.NAME) @CleanText String nameKo,
                         @NotNull HolidayKind kind,
                         @Size(max = CalendarLimits.SOURCE) @CleanText String source) {
}
