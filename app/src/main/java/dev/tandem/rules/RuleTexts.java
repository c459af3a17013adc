package dev.tandem.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Properties;

/**
 * The sentences of findings and triage in English and Korean, from {@code rules/texts.properties}, and the way
 * numbers appear in them (grouped thousands, the same in both languages).
 */
final class RuleTexts {

    private static final Properties TEXTS = load();

    private RuleTexts() {
    }

    /** The template of {@code key} in the language, filled with arguments already rendered in that language. */
    static String format(String key, Localized.Language language, Object... args) {
        return fill(key + "." + language.suffix, args);
    }

    static boolean has(String key) {
        return TEXTS.containsKey(key + ".en") && TEXTS.containsKey(key + ".ko");
    }

    static Properties all() {
        return (Properties) TEXTS.clone();
    }

    /** A quantity as the applicant gave it: "55,000", "12.5". */
    static String quantity(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    /** Barrels or tonnes to one decimal: "345.9", "500,000.0". */
    static String amount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value.setScale(1, RoundingMode.HALF_UP));
    }

    /** US dollars: "500", "500.01". */
    static String usd(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    private static String fill(String key, Object... args) {
        String template = TEXTS.getProperty(key);
        if (template == null) {
            throw new IllegalStateException("rules/texts.properties has no " + key);
        }
        return String.format(Locale.ROOT, template, args);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = RuleTexts.class.getResourceAsStream("/rules/texts.properties")) {
            if (in == null) {
                throw new IllegalStateException("rules/texts.properties is missing from the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
