package dev.tandem.screening;

import dev.tandem.PostgresIntegrationTest;

@PostgresIntegrationTest
class ListVersionsPostgresIntegrationTests extends ListVersionsContract {
}
