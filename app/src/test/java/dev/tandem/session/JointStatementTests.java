package dev.tandem.session;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JointStatementTests {

    private static final Instant AT = Instant.parse("2019-03-14T15:00:00Z");
    private static final List<String> PARTIES = List.of("ROK", "US");

    private JointStatement twoVersions() {
        JointStatement statement = JointStatement.draft("wg", null, "On video reunions", "First text.", "첫 문안.",
                "rok.member", AT);
        statement.redraft("Second text.", "둘째 문안.", "us.member", AT);
        return statement;
    }

    @Test
    void refusesPublicationWhileThePartiesSignedDifferentVersions() {
        JointStatement statement = twoVersions();
        statement.sign("ROK", 1, "rok.cochair", AT);
        statement.sign("US", 2, "us.cochair", AT);
        assertThatThrownBy(() -> statement.publish(PARTIES, AT)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> {
                    InvalidInputException refusal = (InvalidInputException) e;
                    assertThat(refusal.field()).isEqualTo("signatures");
                    assertThat(refusal.key()).isEqualTo("refusal.statement.differentVersions");
                    assertThat(refusal.args()).containsExactly("ROK → 1, US → 2");
                    assertThat(refusal.getMessage()).contains("the parties signed different versions (ROK → 1, US → 2)");
                });
        assertThat(statement.isPublished()).isFalse();
    }

    @Test
    void refusesPublicationWhileAPartyHasNotSigned() {
        JointStatement statement = twoVersions();
        statement.sign("US", 2, "us.cochair", AT);
        assertThatThrownBy(() -> statement.publish(PARTIES, AT))
                .satisfies(refusedAs("refusal.statement.unsigned"));
    }

    @Test
    void publishesTheVersionEveryPartySignedWithItsHash() {
        JointStatement statement = twoVersions();
        statement.sign("ROK", 1, "rok.cochair", AT);
        statement.sign("US", 2, "us.cochair", AT);
        statement.sign("ROK", 2, "rok.cochair", AT);
        StatementVersion published = statement.publish(PARTIES, AT);
        assertThat(published.number()).isEqualTo(2);
        assertThat(statement.signatures()).hasSize(2);
        // sha256 of "en:\nSecond text.\n\nko:\n둘째 문안." in UTF-8, computed independently of the class
        assertThat(statement.publishedSha256()).isEqualTo(Sha.hex("en:\nSecond text.\n\nko:\n둘째 문안."));
    }

    @Test
    void staysAsPublished() {
        JointStatement statement = twoVersions();
        statement.sign("ROK", 2, "rok.cochair", AT);
        statement.sign("US", 2, "us.cochair", AT);
        statement.publish(PARTIES, AT);
        assertThatThrownBy(() -> statement.redraft("Third.", "셋째.", "rok.member", AT))
                .satisfies(refusedAs("refusal.statement.published"));
        assertThatThrownBy(() -> statement.sign("US", 1, "us.cochair", AT))
                .satisfies(refusedAs("refusal.statement.published"));
        assertThatThrownBy(() -> statement.publish(PARTIES, AT))
                .satisfies(refusedAs("refusal.statement.published"));
    }

    @Test
    void requiresBothTheEnglishAndTheKoreanText() {
        assertThatThrownBy(() -> JointStatement.draft("wg", null, "t", "English only", " ", "x", AT))
                .satisfies(refusedOn("textKo"));
        assertThatThrownBy(() -> JointStatement.draft("wg", null, "t", null, "국문", "x", AT))
                .satisfies(refusedOn("textEn"));
    }

    @Test
    void refusesASignatureOnAVersionThatDoesNotExist() {
        JointStatement statement = twoVersions();
        assertThatThrownBy(() -> statement.sign("ROK", 3, "rok.cochair", AT))
                .satisfies(refusedOn("number"));
    }

    static java.util.function.Consumer<Throwable> refusedAs(String key) {
        return e -> assertThat(((InvalidInputException) e).key()).isEqualTo(key);
    }

    static java.util.function.Consumer<Throwable> refusedOn(String field) {
        return e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field);
    }

    /** SHA-256 in lower-case hex, written here apart from the code under test. */
    static final class Sha {
        static String hex(String text) {
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                StringBuilder out = new StringBuilder();
                for (byte b : digest) {
                    out.append(String.format("%02x", b));
                }
                return out.toString();
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
