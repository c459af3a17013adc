package dev.tandem.reporting;

import dev.tandem.PostgresIntegrationTest;

@PostgresIntegrationTest
class ReportsPostgresIntegrationTests extends ReportsContract {
}
