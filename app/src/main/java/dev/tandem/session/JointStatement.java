package dev.tandem.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.tandem.common.NotFoundException;
import dev.tandem.common.RuleViolationException;

/**
 * A statement the parties of a forum issue together, drafted in versions (each in English and Korean). Each party's
 * co-chair signs a version; a party that signs again moves its signature to that version. It is published only when
 * every party of the forum has signed the same version, and is immutable from then on, with the SHA-256 of its
 * published text (see {@link #sha256(StatementVersion)}).
 */
public final class JointStatement {

    private final Long id;
    private String forumCode;
    private final Long sessionId;
    private final String title;
    private final List<StatementVersion> versions;
    private final List<Signature> signatures;
    private Integer publishedVersion;
    private String publishedSha256;
    private Instant publishedAt;
    private String carriedFromForum;
    private final int version;

    JointStatement(Long id, String forumCode, Long sessionId, String title, List<StatementVersion> versions,
                   List<Signature> signatures, Integer publishedVersion, String publishedSha256, Instant publishedAt,
                   String carriedFromForum, int version) {
        this.id = id;
        this.forumCode = forumCode;
        this.sessionId = sessionId;
        this.title = title;
        this.versions = new ArrayList<>(versions);
        this.signatures = new ArrayList<>(signatures);
        this.publishedVersion = publishedVersion;
        this.publishedSha256 = publishedSha256;
        this.publishedAt = publishedAt;
        this.carriedFromForum = carriedFromForum;
        this.version = version;
    }

    static JointStatement draft(String forumCode, Long sessionId, String title, String textEn, String textKo,
                                String by, Instant at) {
        JointStatement statement = new JointStatement(null, forumCode, sessionId, title, List.of(), List.of(), null,
                null, null, null, 0);
        statement.redraft(textEn, textKo, by, at);
        return statement;
    }

    /** Adds the next version; both texts are required, and a published statement takes no more. */
    StatementVersion redraft(String textEn, String textKo, String by, Instant at) {
        requireDraft("textEn");
        if (textEn == null || textEn.isBlank()) {
            throw new dev.tandem.common.InvalidInputException("textEn", "refusal.required");
        }
        if (textKo == null || textKo.isBlank()) {
            throw new dev.tandem.common.InvalidInputException("textKo", "refusal.required");
        }
        StatementVersion next = new StatementVersion(versions.size() + 1, textEn.strip(), textKo.strip(), by, at);
        versions.add(next);
        return next;
    }

    /** A party signs a version; its earlier signature (of any version) is replaced. */
    Signature sign(String party, int number, String by, Instant at) {
        requireDraft("number");
        versionOf(number);
        signatures.removeIf(s -> s.party().equals(party));
        Signature signature = new Signature(party, number, by, at);
        signatures.add(signature);
        return signature;
    }

    /**
     * Publishes the version every party of the forum signed. Refused, naming what is missing, when a party has not
     * signed or the parties signed different versions.
     */
    StatementVersion publish(Collection<String> parties, Instant at) {
        requireDraft("status");
        Set<String> unsigned = new TreeSet<>(parties);
        signatures.forEach(s -> unsigned.remove(s.party()));
        if (!unsigned.isEmpty()) {
            throw new RuleViolationException("signatures", "refusal.statement.unsigned", String.join(", ", unsigned));
        }
        Set<Integer> signed = signatures.stream().filter(s -> parties.contains(s.party())).map(Signature::number)
                .collect(Collectors.toCollection(TreeSet::new));
        if (signed.size() != 1) {
            throw new RuleViolationException("signatures", "refusal.statement.differentVersions",
                    signatures.stream().filter(s -> parties.contains(s.party()))
                            .sorted(java.util.Comparator.comparing(Signature::party))
                            .map(s -> s.party() + " → " + s.number()).collect(Collectors.joining(", ")));
        }
        StatementVersion published = versionOf(signed.iterator().next());
        publishedVersion = published.number();
        publishedSha256 = sha256(published);
        publishedAt = at;
        return published;
    }

    /** Moves a draft to the successor of its terminated forum, with all its versions and signatures. */
    void carryOverTo(String successor) {
        carriedFromForum = forumCode;
        forumCode = successor;
    }

    /**
     * The SHA-256 (lower-case hex) of a version's published text: UTF-8 of "en:\n" + English + "\n\nko:\n" + Korean.
     * Anyone holding the two texts can recompute it against the journal.
     */
    static String sha256(StatementVersion version) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    ("en:\n" + version.textEn() + "\n\nko:\n" + version.textKo()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    StatementVersion versionOf(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("number", "statementVersion", number));
    }

    private void requireDraft(String field) {
        if (isPublished()) {
            throw new RuleViolationException(field, "refusal.statement.published", title, publishedAt.toString());
        }
    }

    public boolean isPublished() {
        return publishedVersion != null;
    }

    public Optional<StatementVersion> published() {
        return publishedVersion == null ? Optional.empty() : Optional.of(versionOf(publishedVersion));
    }

    public StatementVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The version a party has signed, if it has. */
    public Optional<Integer> signedBy(String party) {
        return signatures.stream().filter(s -> s.party().equals(party)).map(Signature::number).findFirst();
    }

    public Long id() { return id; }
    public String forumCode() { return forumCode; }
    public Long sessionId() { return sessionId; }
    public String title() { return title; }
    public List<StatementVersion> versions() { return Collections.unmodifiableList(versions); }
    public List<Signature> signatures() { return Collections.unmodifiableList(signatures); }
    public Integer publishedVersion() { return publishedVersion; }
    public String publishedSha256() { return publishedSha256; }
    public Instant publishedAt() { return publishedAt; }
    public String carriedFromForum() { return carriedFromForum; }
    public int version() { return version; }
}
