package dev.tandem.session;

import dev.tandem.IntegrationTest;

@IntegrationTest
class StatementPublicationIntegrationTests extends StatementPublicationContract {
}
