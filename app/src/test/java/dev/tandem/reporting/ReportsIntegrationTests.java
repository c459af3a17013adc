package dev.tandem.reporting;

import dev.tandem.IntegrationTest;

@IntegrationTest
class ReportsIntegrationTests extends ReportsContract {
}
