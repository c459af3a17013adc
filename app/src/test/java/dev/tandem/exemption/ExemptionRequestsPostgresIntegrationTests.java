package dev.tandem.exemption;

import dev.tandem.PostgresIntegrationTest;

@PostgresIntegrationTest
class ExemptionRequestsPostgresIntegrationTests extends ExemptionRequestsContract {
}
