package dev.tandem.casefile;

import dev.tandem.IntegrationTest;

@IntegrationTest
class CaseFilesIntegrationTests extends CaseFilesContract {
}
