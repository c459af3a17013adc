package dev.tandem.clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns {@link PartiesNotified} into notices, in the transaction of the change that tells the parties. */
@Component
class PartiesNotifiedListener {

    private final NoticeBoard board;

    PartiesNotifiedListener(NoticeBoard board) {
        this.board = board;
    }

    @EventListener
    @Transactional
    void on(PartiesNotified notified) {
        board.tell(notified);
    }
}
