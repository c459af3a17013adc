package dev.tandem.casefile;

import java.util.Map;

/**
 * Names documents safely. A name as uploaded loses any folder part (browsers may send a whole client path) and
 * every control and format character (bidirectional overrides such as U+202E, zero-width characters), which
 * could make "invoice‮fdp.exe" read as "invoiceexe.pdf". A download is named after the type read from the content,
 * whatever extension the uploader gave. Letters of every script are left as they are.
 */
final class DocumentNames {

    private static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf", "pdf",
            "image/png", "png",
            "image/jpeg", "jpg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
            "text/plain; charset=UTF-8", "txt");
    static final String FALLBACK = "document";

    private DocumentNames() {
    }

    /** The uploaded name without folders, control or format characters; {@value #FALLBACK} when nothing is left. */
    static String clean(String uploaded) {
        if (uploaded == null) {
            return FALLBACK;
        }
        String name = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(c -> !invisible(c)).forEach(kept::appendCodePoint);
        String result = kept.toString().strip();
        return result.isEmpty() || result.equals(".") || result.equals("..") ? FALLBACK : result;
    }

    /** The name to download a document of {@code mediaType} under: its clean name with the extension of its type. */
    static String forDownload(String stored, String mediaType) {
        String name = clean(stored);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base + "." + EXTENSIONS.getOrDefault(mediaType, "bin");
    }

    private static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }
}
