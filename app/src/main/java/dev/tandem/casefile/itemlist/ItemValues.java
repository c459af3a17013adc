package dev.tandem.casefile.itemlist;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.tandem.common.InvalidInputException;

/**
 * Reads the values of an item list's cells as a person wrote them. Pure logic, no file formats.
 * <ul>
 * <li>Numbers: digits with optional thousands separators and decimals, full-width digits too. Where a file's
 * convention is a decimal point (English and Korean usage: XLSX and comma-separated CSV) "1,200.50" and
 * "1,200" are 1200.50 and 1200; where it is a decimal comma (semicolon-separated CSV, as Excel writes it in
 * much of Europe) "1.200,50" and "1.200" are. Forms that can only mean one thing are read either way
 * ("12,5", "12.5", "1.200,50", "1,200.50", "1,200,000"). Money may carry "$", "US$" or "USD". Units in the
 * cell ("12 boxes") are refused: they belong in the Unit column.</li>
 * <li>HS codes: 4 to 10 digits, with dots where the applicant put them ("8704.21"); spaces are dropped.</li>
 * <li>Directions: TO/FROM, "to DPRK", export/import, 반출/반입.</li>
 * </ul>
 */
final class ItemValues {

    private static final Pattern ALL_DIGITS = Pattern.compile("\\d+");
    private static final Pattern DIGITS_AND_SEPARATORS = Pattern.compile("[\\d.,]*\\d[\\d.,]*");
    private static final Pattern NUMBER_WITH_WORD = Pattern.compile("[\\d.,\\s]*\\d\\s*(\\p{L}[\\p{L}.\\s]*)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern HS = Pattern.compile("\\d+(\\.\\d+)*");
    private static final Set<String> TO = Set.of("to", "todprk", "tothedprk", "tonorthkorea", "export", "outbound",
            "반출", "북측반출", "대북반출");
    private static final Set<String> FROM = Set.of("from", "fromdprk", "fromthedprk", "fromnorthkorea", "import",
            "inbound", "반입", "북측반입");
    private static final Set<String> SUMMARY_LABELS = Set.of("total", "totals", "grandtotal", "sum", "subtotal",
            "합계", "총계", "총합계", "소계", "계");

    private ItemValues() {
    }

    /** A cell that cannot be read as what its column needs; the message completes "row 7, column X: …". */
    static final class Unreadable extends Exception {

        private final String key;
        private final transient Object[] args;

        Unreadable(String key, Object... args) {
            super(InvalidInputException.inEnglish(key, args), null, false, false);
            this.key = key;
            this.args = args.clone();
        }

        String key() {
            return key;
        }

        Object[] args() {
            return args.clone();
        }
    }

    /**
     * A number as written; negative when written with "-" or in accounting brackets. {@code decimal} is the
     * decimal separator the file's convention implies ('.' or ','); it only decides the ambiguous case of one
     * separator followed by exactly three digits ("1,200" is 1200 under '.', 1.2 under ',').
     */
    static BigDecimal number(String written, boolean money, char decimal) throws Unreadable {
        String s = SPACES.matcher(Normalizer.normalize(written, Normalizer.Form.NFKC)).replaceAll("");
        if (money) {
            s = stripCurrency(s);
        }
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")") && s.length() > 2) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        } else if (s.startsWith("-") || s.startsWith("\u2212")) {
            negative = true;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (money) {
            s = stripCurrency(s);
        }
        String canonical = canonical(s, decimal);
        if (canonical == null) {
            var withWord = NUMBER_WITH_WORD.matcher(written.strip());
            if (!money && withWord.matches()) {
                throw new Unreadable("refusal.itemList.numberWithUnit", written.strip(), withWord.group(1).strip());
            }
            throw new Unreadable("refusal.itemList.notNumber", written.strip());
        }
        BigDecimal value = new BigDecimal(canonical);
        return negative ? value.negate() : value;
    }

    /** "1,200.50" → "1200.50"; {@code null} when it is not a number. */
    private static String canonical(String s, char decimal) {
        if (!DIGITS_AND_SEPARATORS.matcher(s).matches()) {
            return null;
        }
        int dot = s.lastIndexOf('.');
        int comma = s.lastIndexOf(',');
        if (dot < 0 && comma < 0) {
            return s;
        }
        if (dot >= 0 && comma >= 0) { // both written: the last one is the decimal separator
            return dot > comma ? grouped(s, ',', '.') : grouped(s, '.', ',');
        }
        char only = dot >= 0 ? '.' : ',';
        if (s.indexOf(only) != s.lastIndexOf(only)) { // written more than once: a thousands separator
            return grouped(s, only, null);
        }
        if (only != decimal) { // written once: a thousands separator only if the convention says so ("1,200")
            String thousands = grouped(s, only, null);
            if (thousands != null) {
                return thousands;
            }
        }
        String integer = s.substring(0, s.indexOf(only));
        String fraction = s.substring(s.indexOf(only) + 1);
        return fraction.isEmpty() ? null : integer + "." + fraction;
    }

    /** Groups of three digits separated by {@code group}, then optionally {@code decimal} and digits. */
    private static String grouped(String s, char group, Character decimal) {
        String integer = decimal == null ? s : s.substring(0, s.lastIndexOf(decimal));
        String fraction = decimal == null ? "" : s.substring(s.lastIndexOf(decimal) + 1);
        String[] groups = integer.split(Pattern.quote(String.valueOf(group)), -1);
        boolean valid = !groups[0].isEmpty() && groups[0].length() <= 3 && (decimal == null || !fraction.isEmpty())
                && ALL_DIGITS.matcher(String.join("", groups) + fraction).matches();
        for (int i = 1; i < groups.length; i++) {
            valid &= groups[i].length() == 3;
        }
        return valid ? String.join("", groups) + (fraction.isEmpty() ? "" : "." + fraction) : null;
    }

    private static String stripCurrency(String s) {
        for (String sign : new String[] {"US$", "USD", "$"}) {
            if (s.regionMatches(true, 0, sign, 0, sign.length())) {
                return s.substring(sign.length());
            }
            int end = s.length() - sign.length();
            if (end > 0 && s.regionMatches(true, end, sign, 0, sign.length())) {
                return s.substring(0, end);
            }
        }
        return s;
    }

    /**
     * An HS code as written, without spaces. A spreadsheet number loses a trailing zero ("8544.20" is stored
     * as 8544.2), so for those {@code fromNumber} pads the part after the dot to whole pairs of digits.
     */
    static String hsCode(String written, boolean fromNumber) throws Unreadable {
        String s = SPACES.matcher(Normalizer.normalize(written, Normalizer.Form.NFKC)).replaceAll("");
        if (!HS.matcher(s).matches()) {
            throw new Unreadable("refusal.itemList.notHsCode", written.strip());
        }
        if (fromNumber && s.indexOf('.') > 0 && (s.length() - s.indexOf('.') - 1) % 2 == 1) {
            s = s + "0";
        }
        int digits = s.replace(".", "").length();
        if (digits < 4) {
            throw new Unreadable(fromNumber ? "refusal.itemList.hsCodeTooShortNumber" : "refusal.itemList.hsCodeTooShort",
                    written.strip());
        }
        if (digits > 10) {
            throw new Unreadable("refusal.itemList.hsCodeTooLong", written.strip());
        }
        return s;
    }

    static ItemDirection direction(String written) throws Unreadable {
        String key = ItemColumn.key(written);
        if (TO.contains(key)) {
            return ItemDirection.TO;
        }
        if (FROM.contains(key)) {
            return ItemDirection.FROM;
        }
        throw new Unreadable("refusal.itemList.notDirection", written.strip());
    }

    /** True for the label of a totals or subtotals row ("Total", "Grand total", "합계", "소계"). */
    static boolean isSummaryLabel(String text) {
        return SUMMARY_LABELS.contains(ItemColumn.key(text));
    }

    /** "1,200.50" for messages; money always shows cents. */
    static String show(BigDecimal value, boolean money) {
        var format = new DecimalFormat(money ? "#,##0.00##########" : "#,##0.##########",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
