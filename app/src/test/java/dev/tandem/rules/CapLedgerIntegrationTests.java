package dev.tandem.rules;

import dev.tandem.IntegrationTest;

@IntegrationTest
class CapLedgerIntegrationTests extends CapLedgerContract {
}
