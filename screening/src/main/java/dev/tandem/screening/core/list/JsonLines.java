package dev.tandem.screening.core.list;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Splits a JSON-lines file into its lines, decoding each as strict UTF-8 so that a broken byte sequence is
 * reported on its own line. Strips a trailing CR and a leading byte-order mark; skips blank lines. Does not
 * parse JSON.
 */
final class JsonLines {

    /** Receives one non-blank line and its 1-based number. */
    interface LineHandler {
        void accept(String line, long number) throws ListFormatException;
    }

    private JsonLines() {
    }

    static void forEach(Path file, byte[] bytes, LineHandler handler) throws ListFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = startsWithBom(bytes) ? 3 : 0;
        long number = 1;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') end++;
            int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            String line;
            try {
                line = decoder.decode(ByteBuffer.wrap(bytes, start, contentEnd - start)).toString();
            } catch (CharacterCodingException e) {
                throw new ListFormatException(file, number, 0, null, "not valid UTF-8", e);
            }
            if (!line.isBlank()) handler.accept(line, number);
            start = end + 1;
            number++;
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
    }
}
