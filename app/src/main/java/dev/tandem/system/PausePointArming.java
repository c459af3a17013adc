package dev.tandem.system;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.tandem.common.PausePoint;

/** Lets the fault tests' pause points hold once start-up work is done (they are off unless a test sets them). */
@Component
class PausePointArming {

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        PausePoint.arm();
    }
}
