package dev.tandem.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.tandem.casefile.CaseLimits;
import dev.tandem.exemption.ExemptionLimits;
import dev.tandem.forum.ForumLimits;
import dev.tandem.identity.IdentityLimits;
import dev.tandem.screening.ScreeningLimits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits the forms and the API declare (the modules' {@code *Limits} classes) are the database's: a text
 * column is exactly as long as its limit (or unbounded), a number column holds exactly the digits allowed. Run on
 * H2 and on PostgreSQL, since each reads the migrations its own way.
 */
abstract class InputLimitsContract {

    /** table, column, the limit in characters; {@code null} limit: a TEXT column the application bounds. */
    private static final List<Object[]> TEXT = List.of(
            new Object[] {"case_file", "title", CaseLimits.TITLE},
            new Object[] {"case_file", "purpose", null},
            new Object[] {"case_file", "route", CaseLimits.ROUTE},
            new Object[] {"case_item", "description", CaseLimits.DESCRIPTION},
            new Object[] {"case_item", "specification", CaseLimits.SPECIFICATION},
            new Object[] {"case_item", "unit", CaseLimits.UNIT},
            new Object[] {"case_counterparty", "name", CaseLimits.NAME},
            new Object[] {"case_counterparty", "country", CaseLimits.COUNTRY},
            new Object[] {"case_status_event", "note", CaseLimits.REASON},
            new Object[] {"case_document", "file_name", CaseLimits.FILE_NAME},
            new Object[] {"case_rfi", "question", CaseLimits.QUESTION},
            new Object[] {"case_rfi", "answer", CaseLimits.ANSWER},
            new Object[] {"app_user", "email", IdentityLimits.EMAIL},
            new Object[] {"exemption", "requesting_entity", ExemptionLimits.ENTITY},
            new Object[] {"exemption", "nature", ExemptionLimits.TEXT},
            new Object[] {"exemption", "recipients", ExemptionLimits.SHORT_TEXT},
            new Object[] {"exemption", "recipient_selection", ExemptionLimits.TEXT},
            new Object[] {"exemption", "shipment_plan", ExemptionLimits.SHORT_TEXT},
            new Object[] {"exemption", "financial_arrangements", ExemptionLimits.TEXT},
            new Object[] {"exemption", "monitoring_plan", ExemptionLimits.TEXT},
            new Object[] {"exemption_step", "member", ExemptionLimits.MEMBER},
            new Object[] {"party", "code", ForumLimits.PARTY_CODE},
            new Object[] {"party", "name_en", ForumLimits.NAME},
            new Object[] {"party", "name_ko", ForumLimits.NAME},
            new Object[] {"forum", "code", ForumLimits.FORUM_CODE},
            new Object[] {"forum", "name_en", ForumLimits.NAME},
            new Object[] {"forum", "name_ko", ForumLimits.NAME},
            new Object[] {"forum_party", "party_code", ForumLimits.PARTY_CODE},
            new Object[] {"forum_event", "note", ForumLimits.NOTE},
            new Object[] {"forum_co_chair", "party_code", ForumLimits.PARTY_CODE},
            new Object[] {"forum_co_chair", "person", ForumLimits.PERSON},
            new Object[] {"forum_co_chair", "title", ForumLimits.TITLE},
            new Object[] {"charter", "name", ForumLimits.NAME},
            new Object[] {"charter", "name_ko", ForumLimits.NAME},
            new Object[] {"charter", "note", ForumLimits.NOTE},
            new Object[] {"case_file", "forum_code", ForumLimits.FORUM_CODE},
            new Object[] {"app_user", "username", IdentityLimits.USERNAME_LENGTH},
            new Object[] {"app_user", "display_name", IdentityLimits.DISPLAY_NAME},
            new Object[] {"app_user", "party_code", IdentityLimits.PARTY},
            new Object[] {"app_user", "organisation", IdentityLimits.ORGANISATION},
            new Object[] {"screening_subject", "name", ScreeningLimits.NAME},
            new Object[] {"screening_subject", "birth_date", ScreeningLimits.BIRTH_DATE},
            new Object[] {"screening_subject", "nationality", ScreeningLimits.NATIONALITY},
            new Object[] {"screening_hit", "decision_reason", null},
            new Object[] {"screening_hit", "proposal_reason", null},
            // a hand-over's or an account change's reason is kept only in the journal
            new Object[] {"journal_entry", "reason", null});

    /** table, column, digits before the decimal point, digits after it. */
    private static final List<Object[]> NUMBERS = List.of(
            new Object[] {"case_item", "quantity", CaseLimits.QUANTITY_INTEGER, CaseLimits.QUANTITY_FRACTION},
            new Object[] {"case_item", "unit_value_usd", CaseLimits.VALUE_INTEGER, CaseLimits.VALUE_FRACTION},
            new Object[] {"case_item", "total_value_usd", CaseLimits.VALUE_INTEGER, CaseLimits.VALUE_FRACTION});

    @Autowired
    JdbcClient jdbc;

    private Map<String, Object> column(String table, String column) {
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT character_maximum_length AS len, numeric_precision AS num_precision, numeric_scale AS num_scale,
                       data_type AS type
                FROM information_schema.columns
                WHERE lower(table_schema) = 'public' AND lower(table_name) = :table AND lower(column_name) = :column""")
                .param("table", table).param("column", column).query().listOfRows();
        assertThat(rows).as(table + "." + column + " exists").hasSize(1);
        Map<String, Object> row = new java.util.HashMap<>();
        rows.get(0).forEach((k, v) -> row.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return row;
    }

    @Test
    void holdsTextAsLongAsTheDeclaredLimitAndNoLonger() {
        for (Object[] expected : TEXT) {
            Map<String, Object> column = column((String) expected[0], (String) expected[1]);
            Number length = (Number) column.get("len");
            String where = expected[0] + "." + expected[1];
            if (expected[2] == null) {
                assertThat(length == null || length.longValue() >= 1_000_000).as(where + " is unbounded")
                        .isTrue();
            } else {
                assertThat(length).as(where).isNotNull();
                assertThat(length.intValue()).as(where).isEqualTo(expected[2]);
            }
        }
    }

    @Test
    void holdsNumbersWithTheDeclaredDigits() {
        for (Object[] expected : NUMBERS) {
            Map<String, Object> column = column((String) expected[0], (String) expected[1]);
            int precision = ((Number) column.get("num_precision")).intValue();
            int scale = ((Number) column.get("num_scale")).intValue();
            String where = expected[0] + "." + expected[1];
            assertThat(precision - scale).as(where + " digits before the point").isEqualTo(expected[2]);
            assertThat(scale).as(where + " digits after the point").isEqualTo(expected[3]);
        }
    }
}
