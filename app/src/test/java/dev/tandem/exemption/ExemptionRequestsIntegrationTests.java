package dev.tandem.exemption;

import dev.tandem.IntegrationTest;

@IntegrationTest
class ExemptionRequestsIntegrationTests extends ExemptionRequestsContract {
}
