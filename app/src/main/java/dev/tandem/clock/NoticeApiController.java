package dev.tandem.clock;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in user's notices over HTTP. */
@RestController
@RequestMapping("/api/notices")
@Tag(name = "Notices", description = "Reminders and notices for the signed-in user")
class NoticeApiController {

    private final NoticeBoard board;

    NoticeApiController(NoticeBoard board) {
        this.board = board;
    }

    record Notices(long unread, List<NoticeView> notices) {
    }

    @GetMapping
    @Operation(summary = "The signed-in user's notices, unread first (at most 50), and how many are unread")
    Notices mine() {
        return new Notices(board.unreadCount(), board.mine());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the signed-in user's notices read")
    NoticeView read(@PathVariable long id) {
        return board.markRead(id);
    }
}
