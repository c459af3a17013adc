package dev.tandem.screening.core.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A name after normalisation.
 *
 * @param original   the name as given
 * @param normalised the text after all {@link NameStep}s, tokens separated by single spaces
 * @param tokens     the words of {@code normalised}, in order; Hangul and other scripts are separate tokens
 * @param remarks    what normalisation removed or folded that a reader could not see (invisible characters,
 *                   look-alike letters, compatibility forms, a Hanja reading), in the order of the steps; usually empty
 */
public record AnalysedName(String original, String normalised, List<String> tokens, List<String> remarks) {

    public AnalysedName {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(normalised, "normalised");
        tokens = List.copyOf(tokens);
        remarks = List.copyOf(remarks);
    }

    public AnalysedName(String original, String normalised, List<String> tokens) {
        this(original, normalised, tokens, List.of());
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** The same name with a remark in front of the others (a reading chosen before the steps ran). */
    public AnalysedName withFirstRemark(String remark) {
        List<String> all = new ArrayList<>(remarks.size() + 1);
        all.add(remark);
        all.addAll(remarks);
        return new AnalysedName(original, normalised, tokens, all);
    }
}
