package dev.tandem.casefile.itemlist;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of an Annex II list and the header names each is known by, in English and Korean. A header matches
 * when its {@link #key(String) key} is one of the names: case, spaces, punctuation and anything in brackets are
 * ignored, so "Unit value (USD)", "UNIT VALUE" and "unit-value" are all the same column.
 */
enum ItemColumn {

    NUMBER("No.", false, Set.of("no", "number", "nr", "itemno", "itemnumber", "sn", "sno", "serialno",
            "순번", "번호", "연번", "일련번호")),
    DESCRIPTION("Item", true, Set.of("item", "items", "itemdescription", "descriptionofitem", "descriptionofitems",
            "description", "descriptionofgoods", "goods", "itemname", "nameofitem",
            "품목", "품명", "품목명", "물품", "물품명")),
    SPECIFICATION("Specification", false, Set.of("specification", "specifications", "spec", "specs",
            "technicalspecification", "technicalspecifications", "규격", "사양", "제원", "규격사양")),
    QUANTITY("Quantity", true, Set.of("quantity", "quantities", "qty", "qnty", "수량")),
    UNIT("Unit", true, Set.of("unit", "units", "unitofmeasure", "unitofmeasurement", "uom", "단위")),
    HS_CODE("HS code", true, Set.of("hscode", "hscodes", "hs", "hsno", "hsnumber", "hsheading", "hstariffcode",
            "tariffcode", "commoditycode", "hsk", "hs코드", "hs부호", "hsk코드", "세번", "세번부호")),
    UNIT_VALUE("Unit value (USD)", false, Set.of("unitvalue", "unitprice", "unitcost", "price", "priceperunit",
            "valueperunit", "단가")),
    TOTAL_VALUE("Total value (USD)", false, Set.of("totalvalue", "total", "totalprice", "totalcost",
            "totalamount", "value", "금액", "총액", "총금액", "합계", "합계금액", "가액")),
    DIRECTION("Direction", false, Set.of("direction", "flow", "방향", "반출입", "반출반입", "반출입구분")),
    // only explicit names: a plain "Purpose" or "용도" column in an Annex II list describes use, not a declaration
    PURPOSE("Declared purpose", false, Set.of("declaredpurpose", "신고용도")),
    PRODUCT("Petroleum product", false, Set.of("petroleumproduct", "fuelproduct", "fueltype", "유종"));

    private static final Pattern BRACKETED = Pattern.compile("\\(.*?\\)|\\[.*?]");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern CURRENCY_SUFFIX = Pattern.compile(
            "(in)?(usd|krw|eur|cny|rmb|jpy|gbp|chf|rub|달러|천원|원|위안|엔|유로)$");
    private static final Pattern FOREIGN_CURRENCY = Pattern.compile(
            "\\b(krw|eur|cny|rmb|jpy|gbp|chf|rub)\\b|[₩€¥£]|\\(\\s*(천원|원|위안|엔|유로)\\s*\\)");

    private final String label;
    private final boolean required;
    private final Set<String> names;

    ItemColumn(String label, boolean required, Set<String> names) {
        this.label = label;
        this.required = required;
        this.names = names;
    }

    /** The English name used when the file has no such column. */
    String label() {
        return label;
    }

    boolean required() {
        return required;
    }

    boolean isValue() {
        return this == UNIT_VALUE || this == TOTAL_VALUE;
    }

    /** A few names the column may have, for telling an applicant what is missing. */
    String examples() {
        return switch (this) {
            case DESCRIPTION -> "\"Item\", \"Description\" or \"품목\"";
            case QUANTITY -> "\"Quantity\", \"Qty\" or \"수량\"";
            case UNIT -> "\"Unit\" or \"단위\"";
            case HS_CODE -> "\"HS code\", \"HS\" or \"HS 코드\"";
            default -> "\"" + label + "\"";
        };
    }

    /** The column a header names, or {@code null}. */
    static ItemColumn of(String header) {
        String key = key(header);
        for (ItemColumn column : values()) {
            if (column.names.contains(key)) {
                return column;
            }
        }
        return null;
    }

    /** True when a value column's header names a currency other than US dollars ("단가(원)", "Price EUR"). */
    static boolean namesForeignCurrency(String header) {
        return FOREIGN_CURRENCY.matcher(Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .find();
    }

    /**
     * "Unit value (USD)" → "unitvalue", "HS 코드" → "hs코드", "#" → "no", "Price, USD" → "price",
     * "Unit value KRW" → "unitvalue" (the currency is checked separately).
     */
    static String key(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = BRACKETED.matcher(s).replaceAll("").replace("#", "no");
        s = NOT_LETTER_OR_DIGIT.matcher(s).replaceAll("");
        Matcher currency = CURRENCY_SUFFIX.matcher(s);
        return currency.find() && currency.start() > 0 ? s.substring(0, currency.start()) : s;
    }
}
