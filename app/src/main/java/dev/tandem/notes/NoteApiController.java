package dev.tandem.notes;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.common.CleanText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Party-internal notes over HTTP: only ever the caller's party's. Permissions are those of {@link InternalNotes}. */
@RestController
@RequestMapping("/api/notes")
@Tag(name = "Internal notes", description = "Notes a party keeps on a case, agenda item, review or statement; "
        + "only that party's users see them")
class NoteApiController {

    private final InternalNotes notes;

    NoteApiController(InternalNotes notes) {
        this.notes = notes;
    }

    record NoteRequest(@NotBlank @Size(max = NoteLimits.TEXT) @CleanText String text, Integer version) {
    }

    @GetMapping("/{kind}/{id}")
    @Operation(summary = "Your party's notes on a thing (kind: case, agenda-item, review, statement)")
    List<NoteView> list(@PathVariable String kind, @PathVariable String id) {
        return notes.of(kind, id);
    }

    @PostMapping("/{kind}/{id}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a note of your party on a thing")
    NoteView write(@PathVariable String kind, @PathVariable String id, @Valid @RequestBody NoteRequest request) {
        return notes.write(kind, id, request.text());
    }

    @PutMapping("/{kind}/{id}/{noteId}")
    @Operation(summary = "Edit a note you wrote (send the version you read)")
    NoteView edit(@PathVariable String kind, @PathVariable String id, @PathVariable long noteId,
                  @Valid @RequestBody NoteRequest request) {
        return notes.edit(noteId, request.text(), request.version());
    }
}
