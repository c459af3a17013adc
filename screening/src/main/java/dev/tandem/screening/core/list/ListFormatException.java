package dev.tandem.screening.core.list;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A list file that cannot be imported: wrong kind of file, malformed or hostile content, too large, unreadable.
 * The message names the file, the line (and column or field where known) and the reason, e.g.
 * {@code "/data/sdn.csv, line 12, field SDN_Type: unknown type 'ship'"}.
 * Line and column are 1-based; 0 means "not known".
 */
public final class ListFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final long column;
    private final String field;
    private final String reason;

    public ListFormatException(Path file, long line, long column, String field, String reason, Throwable cause) {
        super(render(file, line, column, field, reason), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.field = field;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** A problem with the file as a whole (too large, empty, wrong kind). */
    public static ListFormatException inFile(Path file, String reason) {
        return new ListFormatException(file, 0, 0, null, reason, null);
    }

    /** A problem on one line, in one field where known (field may be null). */
    public static ListFormatException atLine(Path file, long line, String field, String reason) {
        return new ListFormatException(file, line, 0, field, reason, null);
    }

    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file. */
    public long line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when not known. */
    public long column() {
        return column;
    }

    /** The field or element concerned, or null when not known. */
    public String field() {
        return field;
    }

    /** The reason alone, without the location. */
    public String reason() {
        return reason;
    }

    private static String render(Path file, long line, long column, String field, String reason) {
        StringBuilder text = new StringBuilder(String.valueOf(file));
        if (line > 0) text.append(", line ").append(line);
        if (column > 0) text.append(", column ").append(column);
        if (field != null) text.append(", field ").append(field);
        return text.append(": ").append(reason).toString();
    }
}
