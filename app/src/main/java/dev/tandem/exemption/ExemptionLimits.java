package dev.tandem.exemption;

/** The lengths of the exemption module's columns, which its command records check before anything is stored. */
public final class ExemptionLimits {

    public static final int ENTITY = 300;
    public static final int TEXT = 4000;
    public static final int SHORT_TEXT = 2000;
    public static final int MEMBER = 60;

    private ExemptionLimits() {
    }
}
