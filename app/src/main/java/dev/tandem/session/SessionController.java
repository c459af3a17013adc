package dev.tandem.session;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.PageActions;
import dev.tandem.common.Refusals;
import dev.tandem.identity.CurrentUser;

/**
 * Session pages: a forum's sessions (and statements and tracks), one session with its agenda, minutes and readouts.
 * A form that succeeds goes back to its page with a message; a refused one shows the page again with the reason
 * beside the field and what was typed, so the pages work without JavaScript.
 */
@Controller
class SessionController {

    private final SessionManagement sessions;
    private final JointStatements statements;
    private final TrackOverview tracks;
    private final CurrentUser user;
    private final Refusals refusals;
    private final PageActions pages;

    SessionController(SessionManagement sessions, JointStatements statements, TrackOverview tracks, CurrentUser user,
                      Refusals refusals, PageActions pages) {
        this.sessions = sessions;
        this.statements = statements;
        this.tracks = tracks;
        this.user = user;
        this.refusals = refusals;
        this.pages = pages;
    }

    @GetMapping("/forums/{code}/sessions")
    String list(@PathVariable String code, Model model) {
        model.addAttribute("forum", sessions.forum(code));
        model.addAttribute("sessions", sessions.sessions(code));
        model.addAttribute("waiting", sessions.waiting(code));
        model.addAttribute("carriedItems", sessions.carriedOver(code));
        model.addAttribute("statements", statements.statements(code));
        model.addAttribute("carriedStatements", statements.carriedOver(code));
        model.addAttribute("zones", List.of("Asia/Seoul", "America/New_York", "UTC"));
        return "sessions/list";
    }

    @PostMapping("/forums/{code}/sessions")
    String schedule(@PathVariable String code, @Valid SessionCommands.Schedule command, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        return pages.showAgainIfRefused(result, model, () -> list(code, model),
                () -> pages.done(redirect, "/sessions/" + sessions.schedule(code, command).id(), "session.scheduled"));
    }

    @GetMapping("/sessions/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer from,
                  @RequestParam(required = false) Integer to, Model model) {
        ForumSession session = sessions.session(id);
        model.addAttribute("meeting", session);
        model.addAttribute("forum", sessions.forum(session.forumCode()));
        List<MinutesRevision> revisions = sessions.minutes(id);
        model.addAttribute("revisions", revisions);
        model.addAttribute("minutes", revisions.isEmpty() ? null : revisions.get(revisions.size() - 1));
        if (from != null && to != null) {
            try {
                model.addAttribute("diff", sessions.compareMinutes(id, from, to));
            } catch (InvalidInputException e) {
                model.addAttribute("errors", refusals.byField(e));
            }
        }
        List<Readout> readouts = sessions.readouts(id);
        model.addAttribute("readouts", readouts);
        String party = user.party().orElse(null);
        model.addAttribute("ownReadout", readouts.stream().filter(r -> r.party().equals(party)).findFirst()
                .orElse(null));
        model.addAttribute("party", party);
        model.addAttribute("waiting", sessions.waiting(session.forumCode()));
        model.addAttribute("queue", session.status() == SessionStatus.SCHEDULED
                ? sessions.reviewQueue(session.forumCode()) : List.of());
        java.util.Map<Long, List<dev.tandem.decision.PositionView>> positions = new java.util.HashMap<>();
        for (AgendaItem item : session.agenda()) {
            if (item.reviewId() != null) {
                positions.put(item.reviewId(), sessions.positions(item.reviewId()));
            }
        }
        model.addAttribute("positions", positions);
        model.addAttribute("tracks", Track.values());
        return "sessions/detail";
    }

    @PostMapping("/sessions/{id}/held")
    String held(@PathVariable long id, @Valid SessionCommands.Note command, BindingResult result, Model model,
                RedirectAttributes redirect) {
        return act(id, result, model, redirect, "session.markedHeld", () -> sessions.markHeld(id, command.note()));
    }

    @PostMapping("/sessions/{id}/cancel")
    String cancel(@PathVariable long id, @Valid SessionCommands.Note command, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return act(id, result, model, redirect, "session.cancelledDone", () -> sessions.cancel(id, command.note()));
    }

    @PostMapping("/sessions/{id}/attendance")
    String attend(@PathVariable long id, @Valid SessionCommands.Attend command, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return act(id, result, model, redirect, "session.attendanceRecorded", () -> sessions.attend(id, command));
    }

    @PostMapping("/sessions/{id}/topics")
    String topic(@PathVariable long id, @Valid SessionCommands.Topic command, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        return act(id, result, model, redirect, "session.itemAdded", () -> sessions.addTopic(id, command));
    }

    @PostMapping("/sessions/{id}/cases")
    String caseItem(@PathVariable long id, @Valid SessionCommands.CaseItem command, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        return act(id, result, model, redirect, "session.itemAdded", () -> sessions.addCase(id, command));
    }

    @PostMapping("/sessions/{id}/reviews/{review}")
    String takeUpReview(@PathVariable long id, @PathVariable long review, Model model, RedirectAttributes redirect) {
        return act(id, null, model, redirect, "session.itemAdded", () -> sessions.takeUpReview(id, review, 20));
    }

    @PostMapping("/sessions/{id}/waiting/{item}")
    String takeUp(@PathVariable long id, @PathVariable long item, Model model, RedirectAttributes redirect) {
        return act(id, null, model, redirect, "session.itemAdded", () -> sessions.takeUp(id, item));
    }

    @PostMapping("/sessions/{id}/items/{item}/outcome")
    String outcome(@PathVariable long id, @PathVariable long item, @Valid SessionCommands.Outcome command,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        return act(id, result, model, redirect, "session.outcomeRecorded",
                () -> sessions.recordOutcome(id, item, command.outcome()));
    }

    @PostMapping("/sessions/{id}/minutes")
    String minutes(@PathVariable long id, @Valid SessionCommands.Minutes command, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        return act(id, result, model, redirect, "session.minutesSaved", () -> sessions.saveMinutes(id, command));
    }

    @PostMapping("/sessions/{id}/readout")
    String readout(@PathVariable long id, @Valid SessionCommands.ReadoutText command, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        return act(id, result, model, redirect, "session.readoutSaved", () -> sessions.writeReadout(id, command));
    }

    @PostMapping("/sessions/{id}/readout/publish")
    String publishReadout(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return act(id, null, model, redirect, "session.readoutPublished", () -> sessions.publishReadout(id));
    }

    @GetMapping("/forums/{code}/tracks")
    String tracks(@PathVariable String code, Model model) {
        model.addAttribute("forum", sessions.forum(code));
        model.addAttribute("quarters", tracks.quarters(code));
        model.addAttribute("compared", TrackOverview.COMPARED);
        return "sessions/tracks";
    }

    private String act(long id, BindingResult result, Model model, RedirectAttributes redirect, String done,
                       Runnable action) {
        return pages.showAgainIfRefused(result, model, () -> detail(id, null, null, model), redirect,
                "/sessions/" + id, action, done);
    }
}
