package dev.tandem.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;

/**
 * Input that is malformed or out of range: names the field and says why. Nothing has been changed when it is thrown.
 * <p>
 * The reason is a message key of {@code i18n/messages*.properties} with its arguments (arguments may themselves be
 * {@link MessageSourceResolvable}, e.g. an enum value's label), so that every interface can say it in its user's
 * language: pages in the page's, the API in the {@code Accept-Language} one, the command line in English (see
 * {@link Refusals}). {@link #getMessage()} is the English text, for logs and the command line.
 * <p>
 * A reason that is not a key of the English bundle (an English sentence written in its place) fails an assertion,
 * so every test that reaches such a refusal fails; {@code RefusalKeysTests} finds the literal ones in the sources.
 */
public class InvalidInputException extends RuntimeException implements MessageSourceResolvable {

    private static final String BUNDLE = "i18n/messages";

    private final String field;
    private final String[] codes;
    private final transient Object[] args;
    private final transient List<MessageSourceResolvable> parts;

    public InvalidInputException(String field, String key, Object... args) {
        this(field, new String[] {key}, List.of(), args);
    }

    /** A refusal said by the first of {@code reason}'s codes that the bundles know (a Bean Validation error). */
    public InvalidInputException(String field, MessageSourceResolvable reason) {
        this(field, known(reason.getCodes()), List.of(),
                reason.getArguments() == null ? new Object[0] : reason.getArguments());
    }

    /**
     * A refusal that lists several problems after its own reason ("has 3 problems: row 2 …; row 5 …"), each said in
     * the reader's language too.
     */
    protected InvalidInputException(String field, String key, List<? extends MessageSourceResolvable> parts,
                                    Object... args) {
        this(field, new String[] {key}, parts, args);
    }

    private InvalidInputException(String field, String[] codes, List<? extends MessageSourceResolvable> parts,
                                  Object[] args) {
        super(field + ": " + english(codes[0], args) + englishParts(parts));
        assert pattern(codes[0]) != null : "refusal reason '" + codes[0] + "' is not a key of " + BUNDLE;
        this.field = field;
        this.codes = codes.clone();
        this.args = args.clone();
        this.parts = List.copyOf(parts);
    }

    /** The problems a refusal lists after its reason; most refusals have none. */
    public List<MessageSourceResolvable> parts() {
        return parts;
    }

    private static String englishParts(List<? extends MessageSourceResolvable> parts) {
        return parts.isEmpty() ? "" : " " + parts.stream().map(p -> english(firstCode(p), argumentsOf(p)))
                .collect(Collectors.joining("; "));
    }

    public String field() {
        return field;
    }

    /** The message key of the reason. */
    public String key() {
        return codes[0];
    }

    public Object[] args() {
        return args.clone();
    }

    /** The reason in English, as the command line and the log say it. */
    public String reason() {
        return english(codes[0], args) + englishParts(parts);
    }

    @Override
    public String[] getCodes() {
        return codes.clone();
    }

    @Override
    public Object[] getArguments() {
        return args.clone();
    }

    @Override
    public String getDefaultMessage() {
        return codes[0];
    }

    /** The codes from the first one the English bundle has; all of them when it has none. */
    private static String[] known(String[] codes) {
        if (codes == null || codes.length == 0) {
            return new String[] {"refusal.wrongType"};
        }
        for (int i = 0; i < codes.length; i++) {
            if (pattern(codes[i]) != null) {
                return Arrays.copyOfRange(codes, i, codes.length);
            }
        }
        return codes;
    }

    private static String pattern(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** A message of the English bundle with its arguments, as {@link #reason()} says a refusal. */
    public static String inEnglish(String key, Object... args) {
        return english(key, args);
    }

    /**
     * Formats like Spring's message source: a message without arguments is taken as it is, one with arguments through
     * {@link MessageFormat}. Read from the English bundle directly, since an exception has no message source at hand.
     */
    static String english(String key, Object... args) {
        String pattern = pattern(key);
        if (pattern == null) {
            pattern = key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] resolved = Arrays.stream(args)
                .map(a -> a instanceof MessageSourceResolvable r ? english(firstCode(r), argumentsOf(r)) : a)
                .toArray();
        return new MessageFormat(pattern, Locale.ENGLISH).format(resolved);
    }

    private static String firstCode(MessageSourceResolvable r) {
        String[] codes = r.getCodes();
        if (codes == null || codes.length == 0) {
            return String.valueOf(r.getDefaultMessage());
        }
        for (String code : codes) {
            if (pattern(code) != null) {
                return code;
            }
        }
        return r.getDefaultMessage() != null ? r.getDefaultMessage() : codes[codes.length - 1];
    }

    private static Object[] argumentsOf(MessageSourceResolvable r) {
        return r.getArguments() == null ? new Object[0] : r.getArguments();
    }
}
