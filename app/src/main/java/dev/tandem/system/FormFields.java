package dev.tandem.system;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.StringJoiner;

import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/**
 * Used by the input-field fragment (as {@code @formFields}): the {@code maxlength} of a form field, read from the
 * {@link Size} constraint its command record declares (so a form never states a limit of its own), and the ids its
 * {@code aria-describedby} names.
 */
@Component("formFields")
public class FormFields {

    /**
     * The {@code @Size(max)} of the property at {@code path} ("title", "counterparties[2].name") of the form's class;
     * {@code null} when it declares none.
     */
    public Integer maxLength(Object form, String path) {
        if (form == null) {
            return null;
        }
        Type type = form.getClass();
        Field field = null;
        for (String segment : path.split("\\.")) {
            String name = segment.replaceAll("\\[.*]", "");
            Class<?> owner = rawClass(type);
            field = field(owner, name);
            if (field == null) {
                return null;
            }
            type = segment.contains("[") && field.getGenericType() instanceof ParameterizedType list
                    ? list.getActualTypeArguments()[0] : field.getGenericType();
        }
        Size size = field.getAnnotation(Size.class);
        return size == null || size.max() == Integer.MAX_VALUE ? null : size.max();
    }

    /** The id Thymeleaf's {@code th:field} gives the input: the path without brackets. */
    public String id(String path) {
        return path.replace("[", "").replace("]", "");
    }

    /** "title-hint title-error", naming only what the page shows; {@code null} for nothing. */
    public String describedBy(String path, boolean hint, boolean error) {
        StringJoiner ids = new StringJoiner(" ");
        if (hint) {
            ids.add(id(path) + "-hint");
        }
        if (error) {
            ids.add(id(path) + "-error");
        }
        return ids.length() == 0 ? null : ids.toString();
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
    }

    private static Field field(Class<?> owner, String name) {
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
