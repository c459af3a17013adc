package dev.tandem.journal;

import dev.tandem.PostgresIntegrationTest;

@PostgresIntegrationTest
class JournalPostgresIntegrationTests extends JournalContract {
}
