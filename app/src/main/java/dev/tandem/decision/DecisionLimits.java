package dev.tandem.decision;

/** Lengths of what people write in the decision module, the same numbers as the columns. */
public final class DecisionLimits {

    /** Conditions, reasons and notes. */
    public static final int TEXT = 2000;
    public static final int USERNAME = 60;

    private DecisionLimits() {
    }
}
