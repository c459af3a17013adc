package dev.tandem.notes;

import dev.tandem.IntegrationTest;

@IntegrationTest
class InternalNotesIntegrationTests extends InternalNotesContract {
}
