package dev.tandem.rules;

import dev.tandem.PostgresIntegrationTest;

@PostgresIntegrationTest
class CapLedgerPostgresIntegrationTests extends CapLedgerContract {
}
