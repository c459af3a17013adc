package dev.tandem.session;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import dev.tandem.common.CleanText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Sessions, their texts, joint statements and the tracks over HTTP. Permissions are those of the services. */
@RestController
@RequestMapping("/api")
@Tag(name = "Sessions", description = "Sessions of a forum, agendas, minutes, readouts, joint statements, tracks")
class SessionApiController {

    private final SessionManagement sessions;
    private final JointStatements statements;
    private final TrackOverview tracks;

    SessionApiController(SessionManagement sessions, JointStatements statements, TrackOverview tracks) {
        this.sessions = sessions;
        this.statements = statements;
        this.tracks = tracks;
    }

    record ItemResource(long id, int position, AgendaItem.Kind kind, Track track, String title, String caseRef,
                        Integer clearance, Long reviewId, int minutes, boolean discussed, String outcome,
                        String carriedFromForum, Long carriedFromSession) {
        static ItemResource of(AgendaItem i) {
            return new ItemResource(i.id(), i.position(), i.kind(), i.track(), i.title(), i.caseRef(),
                    i.clearancePosition(), i.reviewId(), i.minutes(), i.discussed(), i.outcome(), i.carriedFromForum(),
                    i.carriedFromSession());
        }
    }

    record SessionResource(long id, String forum, String title, String startsAt, String zone, String startsAtUtc,
                           int durationMinutes, String venue, String videoLink, SessionStatus status, String statusNote,
                           String icalUid, List<Attendee> attendees, List<ItemResource> agenda, int version) {
        static SessionResource of(ForumSession s) {
            return new SessionResource(s.id(), s.forumCode(), s.title(), s.localStart().toString(), s.zone().getId(),
                    s.startsAt().toInstant().toString(), s.durationMinutes(), s.venue(), s.videoLink(), s.status(),
                    s.statusNote(), s.icalUid(), s.attendees(), s.agenda().stream().map(ItemResource::of).toList(),
                    s.version());
        }
    }

    record StatementResource(long id, String forum, Long session, String title, List<StatementVersion> versions,
                             List<Signature> signatures, Integer publishedVersion, String publishedSha256,
                             String publishedAt, String carriedFromForum, int version) {
        static StatementResource of(JointStatement s) {
            return new StatementResource(s.id(), s.forumCode(), s.sessionId(), s.title(), s.versions(), s.signatures(),
                    s.publishedVersion(), s.publishedSha256(),
                    s.publishedAt() == null ? null : s.publishedAt().toString(), s.carriedFromForum(), s.version());
        }
    }

    record Reason(@Size(max = SessionLimits.NOTE) @CleanText String reason) {
    }

    @GetMapping("/forums/{code}/sessions")
    @Operation(summary = "A forum's sessions, earliest first")
    List<SessionResource> sessions(@PathVariable String code) {
        return sessions.sessions(code).stream().map(SessionResource::of).toList();
    }

    @PostMapping("/forums/{code}/sessions")
    @Operation(summary = "Schedule a session (secretariat)", description = "date and time are local to zone "
            + "(an IANA zone such as Asia/Seoul or America/New_York); a venue or an https video link is required.")
    ResponseEntity<SessionResource> schedule(@PathVariable String code,
                                             @Valid @RequestBody SessionCommands.Schedule command) {
        ForumSession session = sessions.schedule(code, command);
        return ResponseEntity.created(location("/api/sessions/{id}", session.id())).body(SessionResource.of(session));
    }

    @GetMapping("/forums/{code}/agenda-queue")
    @Operation(summary = "Items waiting for the forum's next agenda")
    List<ItemResource> waiting(@PathVariable String code) {
        return sessions.waiting(code).stream().map(ItemResource::of).toList();
    }

    @GetMapping("/sessions/{id}")
    @Operation(summary = "One session with its attendance and agenda")
    SessionResource session(@PathVariable long id) {
        return SessionResource.of(sessions.session(id));
    }

    @PostMapping("/sessions/{id}/held")
    @Operation(summary = "Mark a session held (secretariat)")
    SessionResource held(@PathVariable long id, @Valid @RequestBody(required = false) Reason note) {
        return SessionResource.of(sessions.markHeld(id, note == null ? null : note.reason()));
    }

    @PostMapping("/sessions/{id}/cancellation")
    @Operation(summary = "Cancel a scheduled session with the reason (secretariat)")
    SessionResource cancel(@PathVariable long id, @Valid @RequestBody Reason reason) {
        return SessionResource.of(sessions.cancel(id, reason.reason()));
    }

    @PostMapping("/sessions/{id}/attendance")
    @Operation(summary = "Record who attended for a party (secretariat)")
    SessionResource attend(@PathVariable long id, @Valid @RequestBody SessionCommands.Attend command) {
        return SessionResource.of(sessions.attend(id, command));
    }

    @PostMapping("/sessions/{id}/agenda/topics")
    @Operation(summary = "Put a topic on a track on the agenda (secretariat)")
    SessionResource topic(@PathVariable long id, @Valid @RequestBody SessionCommands.Topic command) {
        return SessionResource.of(sessions.addTopic(id, command));
    }

    @PostMapping("/sessions/{id}/agenda/cases")
    @Operation(summary = "Put a case's forum review on the agenda (secretariat)")
    SessionResource caseItem(@PathVariable long id, @Valid @RequestBody SessionCommands.CaseItem command) {
        return SessionResource.of(sessions.addCase(id, command));
    }

    @PostMapping("/sessions/{id}/agenda/reviews/{review}")
    @Operation(summary = "Take an item of the forum's review queue onto the agenda (secretariat)",
            description = "Its outcome, recorded once the session is held, follows the positions of the parties "
                    + "present (the attendance).")
    SessionResource takeUpReview(@PathVariable long id, @PathVariable long review,
                                 @RequestParam(defaultValue = "20") int minutes) {
        return SessionResource.of(sessions.takeUpReview(id, review, minutes));
    }

    @PostMapping("/sessions/{id}/agenda/waiting/{item}")
    @Operation(summary = "Take an item waiting for the forum's next agenda onto this session (secretariat)")
    SessionResource takeUp(@PathVariable long id, @PathVariable long item) {
        return SessionResource.of(sessions.takeUp(id, item));
    }

    @PostMapping("/sessions/{id}/agenda/{item}/outcome")
    @Operation(summary = "Record an item's outcome once the session is held (secretariat)")
    SessionResource outcome(@PathVariable long id, @PathVariable long item,
                            @Valid @RequestBody SessionCommands.Outcome command) {
        return SessionResource.of(sessions.recordOutcome(id, item, command.outcome()));
    }

    @GetMapping("/sessions/{id}/minutes")
    @Operation(summary = "Every revision of a session's minutes, oldest first")
    List<MinutesRevision> minutes(@PathVariable long id) {
        return sessions.minutes(id);
    }

    @PostMapping("/sessions/{id}/minutes")
    @Operation(summary = "Save the minutes as a new revision (secretariat)", description = "HTML is sanitised: p, br, "
            + "b, i, ul, ol, li, h3, h4, a (https only), tables. baseRevision is the revision edited (0 for none); "
            + "another save since answers 409.")
    ResponseEntity<MinutesRevision> saveMinutes(@PathVariable long id,
                                                @Valid @RequestBody SessionCommands.Minutes command) {
        MinutesRevision saved = sessions.saveMinutes(id, command);
        return ResponseEntity.created(location("/api/sessions/{id}/minutes", id)).body(saved);
    }

    @GetMapping("/sessions/{id}/minutes/diff")
    @Operation(summary = "Compare two revisions of the minutes line by line")
    List<TextDiff.Line> compareMinutes(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return sessions.compareMinutes(id, from, to);
    }

    @GetMapping("/sessions/{id}/readouts")
    @Operation(summary = "Published readouts, and the caller's party's draft")
    List<Readout> readouts(@PathVariable long id) {
        return sessions.readouts(id);
    }

    @PutMapping("/sessions/{id}/readout")
    @Operation(summary = "Write the caller's party's readout (sanitised HTML; version: the one edited, 0 for none)")
    Readout writeReadout(@PathVariable long id, @Valid @RequestBody SessionCommands.ReadoutText command) {
        return sessions.writeReadout(id, command);
    }

    @PostMapping("/sessions/{id}/readout/publication")
    @Operation(summary = "Publish the caller's party's readout; it no longer changes")
    Readout publishReadout(@PathVariable long id) {
        return sessions.publishReadout(id);
    }

    @GetMapping("/forums/{code}/statements")
    @Operation(summary = "A forum's joint statements with their versions and signatures")
    List<StatementResource> statements(@PathVariable String code) {
        return statements.statements(code).stream().map(StatementResource::of).toList();
    }

    @PostMapping("/forums/{code}/statements")
    @Operation(summary = "Draft a joint statement (English and Korean text, both required)")
    ResponseEntity<StatementResource> draft(@PathVariable String code,
                                         @Valid @RequestBody SessionCommands.NewStatement command) {
        JointStatement drafted = statements.draft(code, command);
        return ResponseEntity.created(location("/api/statements/{id}", drafted.id())).body(StatementResource.of(drafted));
    }

    @GetMapping("/statements/{id}")
    @Operation(summary = "One joint statement")
    StatementResource statement(@PathVariable long id) {
        return StatementResource.of(statements.statement(id));
    }

    @PostMapping("/statements/{id}/versions")
    @Operation(summary = "Add the next version of a draft statement")
    StatementResource redraft(@PathVariable long id, @Valid @RequestBody SessionCommands.Redraft command) {
        return StatementResource.of(statements.redraft(id, command));
    }

    @GetMapping("/statements/{id}/comparison")
    @Operation(summary = "Compare two versions, English and Korean each line by line")
    JointStatements.Comparison compare(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return statements.compare(id, from, to);
    }

    @PostMapping("/statements/{id}/signatures")
    @Operation(summary = "Sign a version for the caller's party (co-chair)")
    StatementResource sign(@PathVariable long id, @Valid @RequestBody SessionCommands.Sign command) {
        return StatementResource.of(statements.sign(id, command.number()));
    }

    @PostMapping("/statements/{id}/publication")
    @Operation(summary = "Publish the version every party signed (422 naming the parties' versions otherwise)")
    StatementResource publish(@PathVariable long id) {
        return StatementResource.of(statements.publish(id));
    }

    @GetMapping("/forums/{code}/tracks")
    @Operation(summary = "The denuclearization and inter-Korean cooperation tracks by quarter")
    List<TrackOverview.Quarter> tracks(@PathVariable String code) {
        return tracks.quarters(code);
    }

    private static URI location(String path, Object... parts) {
        return UriComponentsBuilder.fromPath(path).buildAndExpand(parts).encode().toUri();
    }
}
