package dev.tandem.forum;

import dev.tandem.IntegrationTest;

@IntegrationTest
class ForumsIntegrationTests extends ForumsContract {
}
