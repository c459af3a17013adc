package dev.tandem.notes;

import java.util.Optional;

import dev.tandem.common.NotFoundException;

/**
 * A {@link NoteSubject} numbered by a long id and seen by whoever a permission lets see its kind. A malformed id,
 * a caller without the permission and a missing thing get the same answer, "not found", so that notes never tell
 * whether a thing the caller may not see exists.
 *
 * @param <T> the thing, for a module that needs it to name its page
 */
public abstract class NumberedNoteSubject<T> implements NoteSubject {

    private final String kind;
    private final String field;
    private final String thing;

    /**
     * @param kind  the subject kind, as in the URL
     * @param field the field a refusal names
     * @param thing the {@code thing.*} message key of what was not found
     */
    protected NumberedNoteSubject(String kind, String field, String thing) {
        this.kind = kind;
        this.field = field;
        this.thing = thing;
    }

    /** Whether the caller may see things of this kind at all. */
    protected abstract boolean maySee();

    protected abstract Optional<T> find(long id);

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final void requireVisible(String id) {
        visible(id);
    }

    /** The thing, when the id names one and the caller may see it; otherwise {@link NotFoundException}. */
    protected final T visible(String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException(field, thing, id);
        }
        if (!maySee()) {
            throw new NotFoundException(field, thing, id);
        }
        return find(number).orElseThrow(() -> new NotFoundException(field, thing, id));
    }
}
