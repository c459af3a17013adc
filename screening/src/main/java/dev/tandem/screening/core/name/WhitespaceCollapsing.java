package dev.tandem.screening.core.name;

/**
 * Collapses every run of whitespace (including no-break and ideographic spaces) into one ASCII space and strips
 * leading and trailing whitespace: "  KIM \u00A0 Yong   Chol " → "KIM Yong Chol".
 * <p>
 * Leaves every non-whitespace character unchanged.
 */
public final class WhitespaceCollapsing implements NameStep {

    @Override
    public String apply(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) out.append(' ');
                pendingSpace = false;
                out.append(c);
            }
        }
        String collapsed = out.toString();
        return collapsed.equals(name) ? name : collapsed;
    }
}
