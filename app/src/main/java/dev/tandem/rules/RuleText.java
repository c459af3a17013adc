package dev.tandem.rules;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A sentence of a finding or a triage reason, built once from a message key of {@code rules/texts.properties} and
 * its arguments, and rendered in English or Korean. An argument that is itself a {@link RuleText} or a
 * {@link Bilingual} is rendered in the same language; anything else is inserted as it is (numbers arrive
 * formatted). This replaces twin English and Korean calls, which drifted apart.
 */
record RuleText(String key, List<Object> args) implements Localized {

    RuleText {
        args = List.copyOf(args);
    }

    static RuleText of(String key, Object... args) {
        return new RuleText(key, Arrays.asList(args));
    }

    @Override
    public String in(Language language) {
        Object[] rendered = new Object[args.size()];
        for (int i = 0; i < rendered.length; i++) {
            Object arg = args.get(i);
            rendered[i] = arg instanceof Localized localized ? localized.in(language) : arg;
        }
        return RuleTexts.format(key, language, rendered);
    }

    /**
     * The same sentence as the reason of a refusal: the application's key {@code refusal.rules.<key>}, which says it
     * in the user's language with the same arguments (a refusal is said by the application's message bundles, a
     * finding by the rule texts). Arguments in two languages are not supported here: none of the refusals has one.
     */
    MessageSourceResolvable asRefusal() {
        Object[] plain = args.stream().map(a -> {
            if (a instanceof Localized) {
                throw new IllegalStateException(key + ": a refusal's arguments are plain values");
            }
            return String.valueOf(a);
        }).toArray();
        return new DefaultMessageSourceResolvable(new String[] {"refusal.rules." + key}, plain);
    }
}
