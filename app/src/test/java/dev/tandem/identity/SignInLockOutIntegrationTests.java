package dev.tandem.identity;

import dev.tandem.IntegrationTest;

@IntegrationTest
class SignInLockOutIntegrationTests extends SignInLockOutContract {
}
