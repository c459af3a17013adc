package dev.tandem.notes;

import dev.tandem.PostgresIntegrationTest;

@PostgresIntegrationTest
class InternalNotesPostgresIntegrationTests extends InternalNotesContract {
}
