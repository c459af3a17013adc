package dev.tandem.screening.core.list;

import java.nio.file.Path;

/**
 * Reads one published sanctions list file (or file set) into an immutable {@link ListVersion}.
 *
 * <p>All or nothing: a parser returns a complete version or throws; it never returns part of a file. It
 * refuses input larger than its configured limit before reading it, refuses hostile content (XML DTDs and
 * entities), and reports malformed content with the file, line and reason. The version's {@code sha256} is
 * taken over exactly the bytes that were parsed, so parsing the same bytes twice gives equal versions.
 * Implementations are stateless and safe to share between threads.
 */
public interface ListParser {

    /** Default ceiling on the bytes a parser reads for one version: 256 MiB. */
    long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    ListVersion parse(Path file) throws ListFormatException;
}
