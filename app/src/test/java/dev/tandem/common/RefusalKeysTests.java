package dev.tandem.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every refusal is a message key that both bundles know, never an English sentence: the sources are read for the
 * reason argument of every refusal (a string literal must be a key of both bundles; a sentence or a concatenation
 * is reported with its place), and a reason that is not a key fails an assertion at run time, so a sentence
 * smuggled in through a variable fails the first test that reaches it.
 */
class RefusalKeysTests {

    private static final Path SOURCES = Path.of("src/main/java/dev/tandem");

    /** A refusal's constructor or an item-list problem, up to its reason argument (the second, or the third). */
    private static final Pattern REFUSAL = Pattern.compile(
            "new\\s+(?:InvalidInputException|RuleViolationException|ConflictException|Unreadable)\\s*\\(\\s*"
                    + "(?:\"(?:[^\"\\\\]|\\\\.)*\"|[^,()]+(?:\\([^()]*\\))?)(?:\\s*\\+\\s*[^,]+)?\\s*,\\s*(?<reason>[^,)]+)"
                    + "|Problems\\.file\\(\\s*(?<file>[^,)]+)"
                    + "|problems\\.add\\((?!new )[^,]+,[^,]+,\\s*(?<problem>[^,)]+)"
                    + "|new\\s+ItemListException\\.Problem\\([^,]+,[^,]+,\\s*(?<item>[^,)]+)"
                    + "|new\\s+Unreadable\\(\\s*(?<unreadable>[^,)]+)");
    private static final Pattern KEY = Pattern.compile("\"[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*\"");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:refusal|thing|typeMismatch|Pattern)\\.[A-Za-z0-9_.]+)\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RefusalKeysTests.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** "File.java:12: reason" for every refusal whose literal reason is not a key of both bundles. */
    static List<String> literalReasons(String source, String where, Properties en, Properties ko) {
        List<String> found = new ArrayList<>();
        Matcher m = REFUSAL.matcher(source);
        while (m.find()) {
            String reason = firstGroup(m);
            if (reason == null || !reason.startsWith("\"")) {
                continue; // a variable or a constant: the run-time assertion checks it
            }
            String key = reason.substring(1, reason.length() - 1);
            boolean concatenated = source.substring(m.end()).stripLeading().startsWith("+");
            if (concatenated || !KEY.matcher(reason).matches() || !en.containsKey(key) || !ko.containsKey(key)) {
                int line = source.substring(0, m.start()).split("\n", -1).length;
                found.add(where + ":" + line + ": " + reason);
            }
        }
        return found;
    }

    private static String firstGroup(Matcher m) {
        for (String group : List.of("reason", "file", "problem", "item", "unreadable")) {
            if (m.group(group) != null) {
                return m.group(group).strip();
            }
        }
        return null;
    }

    @Test
    void findsEveryRefusalThatIsASentence() throws IOException {
        Properties en = bundle("messages.properties");
        Properties ko = bundle("messages_ko.properties");
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sentences.addAll(literalReasons(Files.readString(file), SOURCES.relativize(file).toString(), en, ko));
            }
        }
        assertThat(sentences).as("refusals that are not message keys of both bundles").isEmpty();
    }

    @Test
    void knowsEveryKeyTheCodeNames() throws IOException {
        Properties en = bundle("messages.properties");
        Properties ko = bundle("messages_ko.properties");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    boolean prefix = key.endsWith(".");
                    if (!prefix && (!en.containsKey(key) || !ko.containsKey(key))) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).as("keys named in code but missing from a bundle").isEmpty();
    }

    @Test
    void catchesASentenceAConcatenationAndAnUnknownKey() throws IOException {
        Properties en = bundle("messages.properties");
        Properties ko = bundle("messages_ko.properties");
        String source = """
                class X {
                    void a() { throw new InvalidInputException("title", "is required"); }
                    void b() { throw new RuleViolationException("status",
                            "case " + ref + " is closed"); }
                    void c() { throw new ConflictException("version", "refusal.no.such.key"); }
                    void d() { throw new InvalidInputException("title", "refusal.required"); }
                    void e() { problems.add(row.number(), header.name(column), "is empty"); }
                    void f() { throw new InvalidInputException("items[" + i + "]", "refusal.required", i); }
                }""";
        assertThat(literalReasons(source, "X.java", en, ko)).containsExactly(
                "X.java:2: \"is required\"", "X.java:3: \"case \" + ref + \" is closed\"",
                "X.java:5: \"refusal.no.such.key\"",
                "X.java:7: \"is empty\"");
    }

    @Test
    void failsAtRunTimeOnAReasonThatIsNoKey() {
        String sentence = "is required, " + "at most 300 characters";
        assertThatThrownBy(() -> new InvalidInputException("title", sentence)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("not a key");
        assertThat(new InvalidInputException("title", "refusal.tooLong", 300).reason())
                .isEqualTo("must be at most 300 characters");
    }
}
