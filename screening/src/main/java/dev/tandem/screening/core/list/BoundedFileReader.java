package dev.tandem.screening.core.list;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a whole list file into memory, refusing it before reading when it is larger than the limit, and
 * again while reading should it grow past the limit (a file being written, a device). For a set of files
 * the limit applies to the set. Refuses directories and missing files. Does not look at the content:
 * sniffing and parsing come later.
 */
final class BoundedFileReader {

    private final long maxBytes;

    BoundedFileReader(long maxBytes) {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + ": " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    byte[] read(Path file) throws ListFormatException {
        return read(file, 0);
    }

    /** Reads one file of a set of which {@code alreadyRead} bytes have been read before. */
    byte[] read(Path file, long alreadyRead) throws ListFormatException {
        long allowed = maxBytes - alreadyRead;
        try {
            if (!Files.exists(file)) throw ListFormatException.inFile(file, "file not found");
            if (!Files.isRegularFile(file)) throw ListFormatException.inFile(file, "not a regular file");
            long size = Files.size(file);
            if (size > allowed) throw tooLarge(file, size + " bytes", alreadyRead);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) allowed + 1);
                if (bytes.length > allowed) throw tooLarge(file, "grew past the limit while being read", alreadyRead);
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw ListFormatException.inFile(file, "file not found");
        } catch (IOException e) {
            throw new ListFormatException(file, 0, 0, null, "cannot read file: " + e, e);
        }
    }

    private ListFormatException tooLarge(Path file, String size, long alreadyRead) {
        String set = alreadyRead == 0 ? "" : "; " + alreadyRead + " bytes of the same set were read before it";
        return ListFormatException.inFile(file,
                "file is larger than the import limit of " + maxBytes + " bytes (" + size + set + ")");
    }
}
