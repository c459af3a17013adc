package dev.tandem.decision;

import org.springframework.test.context.event.RecordApplicationEvents;

import dev.tandem.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class ClearanceLifeIntegrationTests extends ClearanceLifeContract {
}
