package dev.tandem.casefile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tandem.common.CleanTextValidator;
import dev.tandem.common.InvalidInputException;
import dev.tandem.common.NotFoundException;
import dev.tandem.common.RuleViolationException;
import dev.tandem.journal.Change;
import dev.tandem.journal.Journal;

/**
 * A case's documents: attached while the case is open, typed by their content (never by their name), stored with
 * their SHA-256 and served only to those who may see the case, under a name that cannot mislead.
 */
@Service
public class CaseAttachments {

    private final CaseAccess access;
    private final CaseDocuments documents;
    private final Journal journal;
    private final Clock clock;

    CaseAttachments(CaseAccess access, CaseDocuments documents, Journal journal, Clock clock) {
        this.access = access;
        this.documents = documents;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CaseDocument> documents(String ref) {
        return documents.of(access.visibleId(ref));
    }

    /** A document's bytes, for someone allowed to see its case. */
    @Transactional(readOnly = true)
    public Download download(String ref, long documentId) {
        CaseDocument document = documents.byId(access.visibleId(ref), documentId)
                .orElseThrow(() -> new NotFoundException("document", "document", documentId));
        return new Download(document, documents.content(documentId));
    }

    public record Download(CaseDocument document, byte[] content) {

        /** The name it is served under: no control or bidi characters, the extension of its detected type. */
        public String fileName() {
            return DocumentNames.forDownload(document.fileName(), document.mediaType());
        }

        /** The document as an HTTP attachment: its detected type, its safe name, its checksum. */
        public ResponseEntity<byte[]> asAttachment() {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(document.mediaType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(fileName(), StandardCharsets.UTF_8).build().toString())
                    .header("X-Checksum-SHA256", document.sha256())
                    .body(content);
        }
    }

    /**
     * Attaches a document; its type is read from its content. The name is kept without folders or invisible
     * characters, and a refusal names only that, never a path.
     */
    @PreAuthorize("@permissions.mayWorkOnCases()")
    @Transactional
    public CaseDocument attach(String ref, String fileName, byte[] content) {
        CaseFile file = access.ownedOrStaff(ref, null);
        if (!file.status().isOpen()) {
            throw new RuleViolationException("status", "refusal.casefile.documentWhenClosed", ref,
                    CaseFile.label(file.status()));
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "refusal.casefile.fileEmpty");
        }
        if (content.length > CaseLimits.DOCUMENT_BYTES) {
            throw new InvalidInputException("file", "refusal.casefile.fileTooLarge", String.valueOf(content.length),
                    String.valueOf(CaseLimits.DOCUMENT_BYTES));
        }
        if (!CleanTextValidator.isClean(fileName)) {
            throw new InvalidInputException("fileName", CleanTextValidator.REFUSAL);
        }
        String name = DocumentNames.clean(fileName);
        if (name.length() > CaseLimits.FILE_NAME) {
            throw new InvalidInputException("fileName", "refusal.casefile.fileName", CaseLimits.FILE_NAME);
        }
        String mediaType = DocumentTypes.detect(content)
                .orElseThrow(() -> new InvalidInputException("file", "refusal.casefile.fileType"));
        CaseDocument document = documents.insert(file.id(), name, mediaType, content, sha256(content),
                DocumentTypes.text(mediaType, content), access.actor(), clock.instant());
        journal.record(Change.of("casefile.document-attached", "case", ref).to(document));
        return document;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
