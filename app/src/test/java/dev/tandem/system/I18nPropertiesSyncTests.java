package dev.tandem.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** English and Korean stay in step, and every message a template asks for exists. */
class I18nPropertiesSyncTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9._]+)");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nPropertiesSyncTests.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Bundles grow by union merges of parallel branches; a key written twice would silently keep the later text. */
    @Test
    void hasNoKeyTwice() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_ko.properties"}) {
            java.util.Map<String, Long> counts;
            try (Stream<String> lines = Files.lines(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
                counts = lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#") && l.contains("="))
                        .map(l -> l.substring(0, l.indexOf('=')).strip())
                        .collect(java.util.stream.Collectors.groupingBy(k -> k, java.util.stream.Collectors.counting()));
            }
            assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey))
                    .as("keys written twice in " + name).isEmpty();
        }
    }

    @Test
    void hasTheSameKeysInEnglishAndKorean() throws IOException {
        assertThat(bundle("messages_ko.properties").stringPropertyNames())
                .isEqualTo(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void hasEveryKeyTheTemplatesUse() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void translatesEveryMessage() throws IOException {
        Properties en = bundle("messages.properties");
        Properties ko = bundle("messages_ko.properties");
        Set<String> untranslated = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            if (en.getProperty(key).equals(ko.getProperty(key)) && en.getProperty(key).matches(".*[a-z]{4,}.*")) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).isEmpty();
    }
}
