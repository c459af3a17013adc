package dev.tandem.calendar;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.ConflictException;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;
import dev.tandem.common.Texts;
import dev.tandem.forum.ForumManagement;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * The parties' public holidays as data: anyone signed in reads them (deadlines depend on them); an administrator
 * adds a day (a polling day, a temporary holiday) or removes one, each change journaled. The working-day clocks
 * ({@link WorkingCalendar}) follow at once.
 */
@Service
public class HolidayManagement {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private final PublicHolidays holidays;
    private final ForumManagement forums;
    private final Journal journal;
    private final ApplicationEventPublisher events;

    HolidayManagement(PublicHolidays holidays, ForumManagement forums, Journal journal,
                      ApplicationEventPublisher events) {
        this.holidays = holidays;
        this.forums = forums;
        this.journal = journal;
        this.events = events;
    }

    /** A party's holidays in a year, removed ones included (marked), by day. */
    @Transactional(readOnly = true)
    public List<HolidayEntry> holidays(String party, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("year", "refusal.calendar.year", FIRST_YEAR, LAST_YEAR);
        }
        return holidays.of(party, year);
    }

    @PreAuthorize("@permissions.mayManageHolidays()")
    @Transactional
    public HolidayEntry add(NewHoliday request) {
        if (!forums.partyExists(request.party())) {
            throw new InvalidInputException("party", "refusal.calendar.unknownParty", request.party());
        }
        if (request.day().getYear() < FIRST_YEAR || request.day().getYear() > LAST_YEAR) {
            throw new InvalidInputException("day", "refusal.calendar.year", FIRST_YEAR, LAST_YEAR);
        }
        String nameEn = request.nameEn().strip();
        String nameKo = request.nameKo().strip();
        String source = Texts.strippedOrNull(request.source());
        source = source == null ? "Administrator" : source;
        var existing = holidays.byKey(request.party(), request.day(), nameEn);
        if (existing.isPresent()) {
            HolidayEntry restored = existing.get().restore(nameKo, request.kind(), source);
            store(restored);
            journal.record(Change.of("calendar.holiday-restored", "public-holiday", restored.id())
                    .from(existing.get()).to(restored));
            events.publishEvent(new HolidaysChanged(restored.party(), restored.day()));
            return restored;
        }
        long id = holidays.insert(new Holiday(request.party(), request.day(), nameEn, nameKo, request.kind(), source),
                HolidayEntry.Origin.ADMIN);
        HolidayEntry added = holidays.byId(id).orElseThrow();
        journal.record(Change.of("calendar.holiday-added", "public-holiday", id).to(added));
        events.publishEvent(new HolidaysChanged(added.party(), added.day()));
        return added;
    }

    /** Makes a day a working day again for its party; the row stays, marked removed. */
    @PreAuthorize("@permissions.mayManageHolidays()")
    @Transactional
    public HolidayEntry remove(long id) {
        HolidayEntry before = holidays.byId(id).orElseThrow(() -> new NotFoundException("id", "holiday", id));
        HolidayEntry after = before.remove();
        store(after);
        journal.record(Change.of("calendar.holiday-removed", "public-holiday", id).from(before).to(after));
        events.publishEvent(new HolidaysChanged(after.party(), after.day()));
        return after;
    }

    private void store(HolidayEntry changed) {
        if (!holidays.update(changed)) {
            throw new ConflictException("id", "refusal.calendar.holidayChanged", changed.id());
        }
    }
}
