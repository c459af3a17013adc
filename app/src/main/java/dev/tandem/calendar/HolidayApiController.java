package dev.tandem.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The parties' public holidays over HTTP. Permissions are those of {@link HolidayManagement}. */
@RestController
@RequestMapping("/api/holidays")
@Tag(name = "Working days", description = "Each party's public holidays, the days working-day clocks skip")
class HolidayApiController {

    private final HolidayManagement holidays;
    private final Clock clock;

    HolidayApiController(HolidayManagement holidays, Clock clock) {
        this.holidays = holidays;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "A party's holidays in a year (removed ones are marked removed)")
    List<HolidayEntry> list(@RequestParam(defaultValue = "ROK") String party, @RequestParam(required = false) Integer year) {
        return holidays.holidays(party, year == null ? LocalDate.now(clock).getYear() : year);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a day a party's holiday (administrator)")
    HolidayEntry add(@Valid @RequestBody NewHoliday request) {
        return holidays.add(request);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Make a holiday a working day again (administrator); the day stays on record, marked removed")
    HolidayEntry remove(@PathVariable long id) {
        return holidays.remove(id);
    }
}
