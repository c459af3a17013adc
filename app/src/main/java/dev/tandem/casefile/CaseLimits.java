package dev.tandem.casefile;

/**
 * How long and how large a case's values may be, declared once: the Bean Validation annotations of the command
 * records, the forms' {@code maxlength} (read from those annotations) and the database columns (compared by
 * {@code InputLimitsSchemaTests} on H2 and PostgreSQL) all follow these numbers.
 */
public final class CaseLimits {

    public static final int TITLE = 300;
    public static final int PURPOSE = 10_000;
    public static final int ROUTE = 1000;
    public static final int ITEMS = 2000;
    public static final int COUNTERPARTIES = 100;
    public static final int DESCRIPTION = 1000;
    public static final int SPECIFICATION = 2000;
    public static final int UNIT = 30;
    /** A declared purpose or petroleum product: a term of the rule book (columns VARCHAR(60)). */
    public static final int TERM = 60;
    /** How many facts of a case an applicant may declare; joined they stay within the column (VARCHAR(1000)). */
    public static final int DECLARATIONS = 16;
    /** Digits before the decimal point of a quantity (column DECIMAL(18, 4)). */
    public static final int QUANTITY_INTEGER = 14;
    public static final int QUANTITY_FRACTION = 4;
    /** Digits before the decimal point of a value in US dollars (column DECIMAL(18, 2)). */
    public static final int VALUE_INTEGER = 16;
    public static final int VALUE_FRACTION = 2;
    public static final int NAME = 500;
    public static final int COUNTRY = 100;
    public static final int REASON = 2000;
    public static final int QUESTION = 4000;
    public static final int ANSWER = 8000;
    public static final int FILE_NAME = 300;
    /** A forum's code (column case_file.forum_code). */
    public static final int FORUM = 40;
    public static final int DOCUMENT_BYTES = 10 * 1024 * 1024;
    /** An HS code: 4 to 10 digits, optionally grouped by dots (3004, 3004.90, 8704.21.10). */
    public static final String HS_CODE = "\\s*\\d{4}(\\.?\\d{2}){0,3}\\s*";
    public static final String DIRECTION = "TO|FROM";
    public static final String KIND = "PERSON|ORGANISATION|VESSEL|AIRCRAFT";

    private CaseLimits() {
    }
}
