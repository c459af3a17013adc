package dev.tandem.system;

import dev.tandem.IntegrationTest;

@IntegrationTest
class InputLimitsIntegrationTests extends InputLimitsContract {
}
