package dev.tandem.calendar;

import dev.tandem.IntegrationTest;

@IntegrationTest
class WorkingCalendarIntegrationTests extends WorkingCalendarContract {
}
