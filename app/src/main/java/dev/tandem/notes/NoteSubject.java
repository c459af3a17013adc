package dev.tandem.notes;

/**
 * A kind of thing notes may be written on, implemented by the module that owns it (the case file for "case"), so
 * that notes are only written on and read from a thing the caller may see.
 */
public interface NoteSubject {

    /** The subject kind, as in the URL: case, agenda-item, review, statement. */
    String kind();

    /** Refuses ({@code NotFoundException}) when the thing does not exist or the caller may not see it. */
    void requireVisible(String id);

    /** The page that shows the thing, where its notes are (a path of this site). */
    String pagePath(String id);
}
