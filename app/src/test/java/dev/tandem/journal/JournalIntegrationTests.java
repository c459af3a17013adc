package dev.tandem.journal;

import dev.tandem.IntegrationTest;

@IntegrationTest
class JournalIntegrationTests extends JournalContract {
}
