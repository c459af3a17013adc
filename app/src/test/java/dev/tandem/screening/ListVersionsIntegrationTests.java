package dev.tandem.screening;

import dev.tandem.IntegrationTest;

@IntegrationTest
class ListVersionsIntegrationTests extends ListVersionsContract {
}
