package dev.tandem.system;

import dev.tandem.PostgresIntegrationTest;

@PostgresIntegrationTest
class InputLimitsPostgresIntegrationTests extends InputLimitsContract {
}
