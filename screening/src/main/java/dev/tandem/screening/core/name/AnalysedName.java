package dev.tandem.screening.core.name;

import java.util.List;
import java.util.Objects;

/**
 * A name after normalisation.
 *
 * @param original   the name as given
 * @param normalised the text after all {@link NameStep}s, tokens separated by single spaces
 * @param tokens     the words of {@code normalised}, in order; Hangul and other scripts are separate tokens
 */
public record AnalysedName(String original, String normalised, List<String> tokens) {

    public AnalysedName {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(normalised, "normalised");
        tokens = List.copyOf(tokens);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
