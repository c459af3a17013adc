package dev.tandem.calendar;

import dev.tandem.PostgresIntegrationTest;

@PostgresIntegrationTest
class WorkingCalendarPostgresIntegrationTests extends WorkingCalendarContract {
}
