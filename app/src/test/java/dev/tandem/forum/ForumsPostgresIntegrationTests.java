package dev.tandem.forum;

import dev.tandem.PostgresIntegrationTest;

@PostgresIntegrationTest
class ForumsPostgresIntegrationTests extends ForumsContract {
}
