package dev.tandem.screening.core.list;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Guesses from the first bytes what kind of file a list parser was given, so that a PDF, an archive, a
 * binary blob or a list in another format is refused with a clear reason instead of a parse error deep
 * inside. Only looks at the start of the file; says nothing about whether the content is well formed.
 */
final class ContentSniffer {

    enum Kind { EMPTY, XML, JSON, PDF, ZIP, GZIP, BINARY, TEXT }

    private static final int WINDOW = 8192;

    private ContentSniffer() {
    }

    static Kind kindOf(byte[] bytes) {
        if (startsWith(bytes, "%PDF")) return Kind.PDF;
        if (startsWith(bytes, "PK\u0003\u0004")) return Kind.ZIP;
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) return Kind.GZIP;
        int limit = Math.min(bytes.length, WINDOW);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) return Kind.BINARY;
        }
        int first = firstSignificant(bytes);
        if (first < 0) return Kind.EMPTY;
        return switch (bytes[first]) {
            case '<' -> Kind.XML;
            case '{', '[' -> Kind.JSON;
            default -> Kind.TEXT;
        };
    }

    /** A reason to refuse the file when it is not of the expected kind; empty when it may be parsed. */
    static Optional<String> refusal(byte[] bytes, Kind expected, String expectedName) {
        Kind kind = kindOf(bytes);
        if (kind == expected) return Optional.empty();
        String found = switch (kind) {
            case EMPTY -> "the file is empty";
            case PDF -> "the file is a PDF document";
            case ZIP -> "the file is a ZIP archive";
            case GZIP -> "the file is gzip-compressed";
            case BINARY -> "the file holds binary data (NUL bytes)";
            case XML -> "the file is XML";
            case JSON -> "the file is JSON";
            case TEXT -> "the file is plain text (starts with \"" + preview(bytes) + "\")";
        };
        return Optional.of(kind == Kind.EMPTY ? found : found + ", expected " + expectedName);
    }

    private static int firstSignificant(byte[] bytes) {
        int start = startsWithBom(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i] & 0xff)) return i;
        }
        return -1;
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < p.length) return false;
        for (int i = 0; i < p.length; i++) {
            if (bytes[i] != p[i]) return false;
        }
        return true;
    }

    private static String preview(byte[] bytes) {
        int start = firstSignificant(bytes);
        String head = new String(bytes, start, Math.min(20, bytes.length - start), StandardCharsets.ISO_8859_1);
        return head.replaceAll("[\\p{Cntrl}]", " ").strip();
    }
}
