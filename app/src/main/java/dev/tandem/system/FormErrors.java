package dev.tandem.system;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Used by the form fragments (as {@code @formErrors}): which refusals a form shows in its summary box because it
 * has no field to show them beside. A name ending in {@code *} covers every field it begins.
 */
@Component("formErrors")
public class FormErrors {

    public List<String> withoutField(Map<String, String> errors, String inlineFields) {
        if (errors == null || errors.isEmpty()) {
            return List.of();
        }
        Set<String> inline = Arrays.stream(inlineFields.split(",")).map(String::strip).collect(Collectors.toSet());
        return errors.keySet().stream().filter(field -> !shownInline(field, inline)).sorted().toList();
    }

    /** "counterparties*" stands for every field under counterparties. */
    private static boolean shownInline(String field, Set<String> inline) {
        return inline.contains(field) || inline.stream()
                .anyMatch(f -> f.endsWith("*") && field.startsWith(f.substring(0, f.length() - 1)));
    }
}
