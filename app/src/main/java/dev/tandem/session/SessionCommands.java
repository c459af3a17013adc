package dev.tandem.session;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.tandem.common.CleanText;

/** What it takes to change a session, its texts and its statements: the commands forms and API bodies bind to. */
public final class SessionCommands {

    private SessionCommands() {
    }

    /** A session to schedule: local date and time in the zone where it is held, and a venue or a video link. */
    public record Schedule(@NotBlank @Size(max = SessionLimits.TITLE) @CleanText String title,
                           @NotNull LocalDate date, @NotNull LocalTime time,
                           @NotBlank @Size(max = SessionLimits.ZONE) @CleanText String zone,
                           @NotNull @Min(15) @Max(SessionLimits.MAX_SESSION_MINUTES) Integer durationMinutes,
                           @Size(max = SessionLimits.VENUE) @CleanText String venue,
                           @Size(max = SessionLimits.VIDEO_LINK) @CleanText String videoLink) {
    }

    public record Attend(@NotBlank @Size(max = SessionLimits.PARTY) @CleanText String party,
                         @NotBlank @Size(max = SessionLimits.PERSON) @CleanText String person,
                         @NotBlank @Size(max = SessionLimits.ROLE) @CleanText String role) {
    }

    public record Topic(@NotNull Track track, @NotBlank @Size(max = SessionLimits.TITLE) @CleanText String title,
                        @NotNull @Min(1) @Max(SessionLimits.MAX_ITEM_MINUTES) Integer minutes) {
    }

    /** A case the forum reviews: its reference and the position (from 1) of its forum-review clearance. */
    public record CaseItem(@NotBlank @Size(max = SessionLimits.CASE_REF) @CleanText String caseRef,
                           @NotNull @Min(1) @Max(20) Integer clearance,
                           @NotNull @Min(1) @Max(SessionLimits.MAX_ITEM_MINUTES) Integer minutes) {
    }

    public record Outcome(@NotBlank @Size(max = SessionLimits.OUTCOME) @CleanText String outcome) {
    }

    public record Note(@Size(max = SessionLimits.NOTE) @CleanText String note) {
    }

    /** Minutes as edited, and the revision the editor started from (none for the first). */
    public record Minutes(@NotBlank @Size(max = SessionLimits.RICH_TEXT) @CleanText String html,
                          @Min(0) Integer baseRevision) {
    }

    /** A party's readout as edited, and the stored version it started from (none for the first). */
    public record ReadoutText(@NotBlank @Size(max = SessionLimits.RICH_TEXT) @CleanText String html,
                              @Min(0) Integer version) {
    }

    public record NewStatement(@NotBlank @Size(max = SessionLimits.TITLE) @CleanText String title,
                               Long session,
                               @NotBlank @Size(max = SessionLimits.RICH_TEXT) @CleanText String textEn,
                               @NotBlank @Size(max = SessionLimits.RICH_TEXT) @CleanText String textKo) {
    }

    public record Redraft(@NotBlank @Size(max = SessionLimits.RICH_TEXT) @CleanText String textEn,
                          @NotBlank @Size(max = SessionLimits.RICH_TEXT) @CleanText String textKo) {
    }

    public record Sign(@NotNull @Min(1) Integer number) {
    }
}
