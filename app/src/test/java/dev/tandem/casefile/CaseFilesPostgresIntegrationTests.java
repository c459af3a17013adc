package dev.tandem.casefile;

import dev.tandem.PostgresIntegrationTest;

@PostgresIntegrationTest
class CaseFilesPostgresIntegrationTests extends CaseFilesContract {
}
