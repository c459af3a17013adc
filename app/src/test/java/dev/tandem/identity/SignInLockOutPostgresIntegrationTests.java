package dev.tandem.identity;

import dev.tandem.PostgresIntegrationTest;

@PostgresIntegrationTest
class SignInLockOutPostgresIntegrationTests extends SignInLockOutContract {
}
