package dev.tandem.forum;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dev.tandem.common.CleanText;

/**
 * The forum page's "record a timeline event" form. A bean, not a record, so that a date or status that does not
 * convert comes back to the page as typed (see ADR 0010).
 */
public class EventForm {

    @NotNull
    private ForumStatus status;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;
    @Size(max = ForumLimits.NOTE)
    @CleanText
    private String note;
    private boolean confirmTermination;
    @Size(max = ForumLimits.FORUM_CODE)
    @CleanText
    private String successor;

    /** The forum that takes the open work when this one terminates; may be left empty when nothing is open. */
    public String getSuccessor() {
        return successor;
    }

    public void setSuccessor(String successor) {
        this.successor = successor;
    }

    String successorOrNull() {
        return successor == null || successor.isBlank() ? null : successor.strip();
    }

    public ForumStatus getStatus() {
        return status;
    }

    public void setStatus(ForumStatus status) {
        this.status = status;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isConfirmTermination() {
        return confirmTermination;
    }

    public void setConfirmTermination(boolean confirmTermination) {
        this.confirmTermination = confirmTermination;
    }

    String noteOrNull() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
