package dev.tandem.forum;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.common.CleanText;
import dev.tandem.common.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Parties and forums over HTTP. Permissions are those of {@link ForumManagement}.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Forums", description = "Parties, forums, status timelines, co-chairs and hand-over to successors")
class ForumApiController {

    private final ForumManagement forums;

    ForumApiController(ForumManagement forums) {
        this.forums = forums;
    }

    record ForumResource(String code, String nameEn, String nameKo, ForumKind kind, List<String> parties,
                         ForumStatus status, List<TimelineEvent> timeline, List<CoChair> coChairs,
                         List<Charter> charters, String successor, int version) {
        static ForumResource of(Forum f) {
            return new ForumResource(f.code(), f.nameEn(), f.nameKo(), f.kind(), List.copyOf(f.parties()),
                    f.status(), f.timeline(), f.coChairs(), f.charters(), f.successorCode(), f.version());
        }
    }

    /** A timeline event; a termination may name the successor that takes the forum's open work at once. */
    record EventRequest(@NotNull ForumStatus status, @NotNull LocalDate on,
                        @Size(max = ForumLimits.NOTE) @CleanText String note,
                        @Size(max = ForumLimits.FORUM_CODE) @CleanText String successor) {
    }

    record HandOverRequest(@Size(max = ForumLimits.FORUM_CODE) @CleanText String successor,
                           @Size(max = ForumLimits.REASON) @CleanText String reason) {
    }

    record PartyRequest(@Size(max = ForumLimits.PARTY_CODE) @CleanText String code,
                        @Size(max = ForumLimits.NAME) @CleanText String nameEn,
                        @Size(max = ForumLimits.NAME) @CleanText String nameKo) {
    }

    @GetMapping("/parties")
    @Operation(summary = "All parties")
    List<Party> parties() {
        return forums.parties();
    }

    @PostMapping("/parties")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a party (administrator)")
    Party registerParty(@Valid @RequestBody PartyRequest request) {
        return forums.registerParty(request.code(), request.nameEn(), request.nameKo());
    }

    @GetMapping("/forums")
    @Operation(summary = "All forums with their status and timeline")
    List<ForumResource> forums() {
        return forums.forums().stream().map(ForumResource::of).toList();
    }

    @GetMapping("/forums/{code}")
    @Operation(summary = "One forum")
    ForumResource forum(@PathVariable String code) {
        return ForumResource.of(forums.forum(code));
    }

    @PostMapping("/forums")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Establish a forum (administrator)")
    ForumResource establish(@Valid @RequestBody NewForum request) {
        return ForumResource.of(forums.establish(request));
    }

    @PostMapping("/forums/{code}/events")
    @Operation(summary = "Record the next status event of a forum's timeline (secretariat, administrator)",
            description = "Statuses follow ESTABLISHED → ACTIVE / SUSPENDED / CUT_OFF / RESTORED → TERMINATED; "
                    + "nothing follows TERMINATED and events go in date order. A refused event answers 422 "
                    + "naming the field.")
    ForumResource recordEvent(@PathVariable String code, @Valid @RequestBody EventRequest request) {
        if (request.status() == ForumStatus.TERMINATED && request.successor() != null
                && !request.successor().isBlank()) {
            return ForumResource.of(forums.terminate(code, request.on(), request.note(), request.successor().strip(),
                    null));
        }
        return ForumResource.of(forums.recordEvent(code, request.status(), request.on(), request.note()));
    }

    @PostMapping("/forums/{code}/hand-over")
    @Operation(summary = "Hand a terminated forum's open work over to its successor (secretariat, administrator)")
    ForumResource handOver(@PathVariable String code, @Valid @RequestBody HandOverRequest request) {
        return ForumResource.of(forums.handOver(code, request.successor(), request.reason()));
    }

    @PostMapping("/forums/{code}/charters")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adopt the next charter version (administrator)",
            description = "A charter is the forum's rules as data: decision rule, no-objection period, holds, which "
                    + "cases must come to the forum (JOINT_REVIEW_OF_ALL_CASES or SELECTIVE) and the clocks. It applies "
                    + "to cases filed from its effective date; earlier cases keep theirs until re-triaged.")
    Charter adoptCharter(@PathVariable String code, @Valid @RequestBody ForumManagement.NewCharter request) {
        return forums.adoptCharter(code, request);
    }

    @PostMapping("/forums/{code}/co-chairs")
    @Operation(summary = "Appoint a co-chair (administrator)")
    ForumResource appoint(@PathVariable String code, @Valid @RequestBody CoChair request) {
        if (request.party() == null) {
            throw new InvalidInputException("party", "refusal.required");
        }
        return ForumResource.of(forums.appointCoChair(code, request));
    }

}
