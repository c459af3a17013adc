package dev.tandem.decision;

import org.springframework.test.context.event.RecordApplicationEvents;

import dev.tandem.PostgresIntegrationTest;

@PostgresIntegrationTest
@RecordApplicationEvents
class ClearanceLifePostgresIntegrationTests extends ClearanceLifeContract {
}
