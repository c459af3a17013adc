package dev.tandem.screening.core.name;

import java.util.function.Consumer;

/**
 * One step of name normalisation: a pure function from a name text to a name text. Steps are applied in a fixed
 * order by {@link NameAnalyzer}; each step does one thing and its Javadoc says what it leaves unchanged.
 * Implementations are immutable and thread-safe, never return null and map "" to "".
 */
@FunctionalInterface
public interface NameStep {

    /** Returns the name after this step. */
    String apply(String name);

    /**
     * Returns the name after this step and tells {@code remarks} what it removed or folded that a reader of the name
     * could not see ("removed 4 invisible characters: zero width space"), so that the explanation of a hit can say
     * so. Steps that only normalise what anyone can see (case, punctuation, spacing) say nothing.
     */
    default String apply(String name, Consumer<String> remarks) {
        return apply(name);
    }
}
