package dev.tandem.session;

import dev.tandem.PostgresIntegrationTest;

@PostgresIntegrationTest
class StatementPublicationPostgresIntegrationTests extends StatementPublicationContract {
}
