package dev.tandem.casefile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells what a document is from its first bytes, never from its name: PDF, PNG, JPEG, Office Open XML (Word,
 * Excel) and UTF-8 text are accepted; anything else (executables, archives, legacy Office files) is not.
 */
final class DocumentTypes {

    private DocumentTypes() {
    }

    static Optional<String> detect(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of("image/png");
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
            if (head.contains("[Content_Types].xml") || head.contains("word/") || head.contains("xl/")) {
                if (head.contains("word/")) {
                    return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                }
                if (head.contains("xl/")) {
                    return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                }
            }
            return Optional.empty();
        }
        if (isUtf8Text(content)) {
            return Optional.of("text/plain; charset=UTF-8");
        }
        return Optional.empty();
    }

    /** The text of a document, for search, where it can be read without a parser (text files). */
    static String text(String mediaType, byte[] content) {
        return mediaType.startsWith("text/plain") ? new String(content, StandardCharsets.UTF_8) : null;
    }

    private static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            // text has no control characters but tab, line feed, form feed and carriage return
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7f) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
