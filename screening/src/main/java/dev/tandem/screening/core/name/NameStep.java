package dev.tandem.screening.core.name;

/**
 * One step of name normalisation: a pure function from a name text to a name text. Steps are applied in a fixed
 * order by {@link NameAnalyzer}; each step does one thing and its Javadoc says what it leaves unchanged.
 * Implementations are immutable and thread-safe, never return null and map "" to "".
 */
@FunctionalInterface
public interface NameStep {

    /** Returns the name after this step. */
    String apply(String name);
}
