package dev.tandem.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.context.MessageSourceResolvable;

/**
 * Input that is malformed or out of range: names the field and says why. Nothing has been changed when it is thrown.
 * <p>
 * The reason is a message key of {@code i18n/messages*.properties} with its arguments (arguments may themselves be
 * {@link MessageSourceResolvable}, e.g. an enum value's label), so that every interface can say it in its user's
 * language: pages in the page's, the API in the {@code Accept-Language} one, the command line in English (see
 * {@link Refusals}). {@link #getMessage()} is the English text, for logs and the command line.
 */
public class InvalidInputException extends RuntimeException implements MessageSourceResolvable {

    private static final String BUNDLE = "i18n/messages";

    private final String field;
    private final String key;
    private final transient Object[] args;

    public InvalidInputException(String field, String key, Object... args) {
        super(field + ": " + english(key, args));
        this.field = field;
        this.key = key;
        this.args = args.clone();
    }

    public String field() {
        return field;
    }

    /** The message key of the reason. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The reason in English, as the command line and the log say it. */
    public String reason() {
        return english(key, args);
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args.clone();
    }

    @Override
    public String getDefaultMessage() {
        return key;
    }

    /**
     * Formats like Spring's message source: a message without arguments is taken as it is, one with arguments through
     * {@link MessageFormat}. Read from the English bundle directly, since an exception has no message source at hand.
     */
    static String english(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
        } catch (MissingResourceException e) {
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
        return codes == null || codes.length == 0 ? String.valueOf(r.getDefaultMessage()) : codes[0];
    }

    private static Object[] argumentsOf(MessageSourceResolvable r) {
        return r.getArguments() == null ? new Object[0] : r.getArguments();
    }
}
