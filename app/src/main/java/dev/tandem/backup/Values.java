package dev.tandem.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * A stored value as text in the backup file and back: numbers in plain decimal, times in ISO-8601 (with offset,
 * normalised to UTC), bytes in Base64, text as it is. Both databases read and write these through standard JDBC.
 */
final class Values {

    private Values() {
    }

    static String read(ResultSet rs, int index, Table.Kind kind) throws SQLException {
        switch (kind) {
            case INTEGER -> {
                long v = rs.getLong(index);
                return rs.wasNull() ? null : Long.toString(v);
            }
            case DECIMAL -> {
                BigDecimal v = rs.getBigDecimal(index);
                return v == null ? null : v.toPlainString();
            }
            case FLOATING -> {
                double v = rs.getDouble(index);
                return rs.wasNull() ? null : Double.toString(v);
            }
            case BOOLEAN -> {
                boolean v = rs.getBoolean(index);
                return rs.wasNull() ? null : Boolean.toString(v);
            }
            case TIMESTAMP_TZ -> {
                OffsetDateTime v = rs.getObject(index, OffsetDateTime.class);
                return v == null ? null : v.withOffsetSameInstant(ZoneOffset.UTC).toString();
            }
            case TIMESTAMP -> {
                LocalDateTime v = rs.getObject(index, LocalDateTime.class);
                return v == null ? null : v.toString();
            }
            case DATE -> {
                LocalDate v = rs.getObject(index, LocalDate.class);
                return v == null ? null : v.toString();
            }
            case TIME -> {
                LocalTime v = rs.getObject(index, LocalTime.class);
                return v == null ? null : v.toString();
            }
            case BYTES -> {
                byte[] v = rs.getBytes(index);
                return v == null ? null : Base64.getEncoder().encodeToString(v);
            }
            default -> {
                return rs.getString(index);
            }
        }
    }

    static void bind(PreparedStatement statement, int index, Table.Kind kind, String text) throws SQLException {
        if (text == null) {
            statement.setNull(index, sqlType(kind));
            return;
        }
        switch (kind) {
            case INTEGER -> statement.setLong(index, Long.parseLong(text));
            case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(text));
            case FLOATING -> statement.setDouble(index, Double.parseDouble(text));
            case BOOLEAN -> statement.setBoolean(index, Boolean.parseBoolean(text));
            case TIMESTAMP_TZ -> statement.setObject(index, OffsetDateTime.parse(text));
            case TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(text));
            case DATE -> statement.setObject(index, LocalDate.parse(text));
            case TIME -> statement.setObject(index, LocalTime.parse(text));
            case BYTES -> statement.setBytes(index, Base64.getDecoder().decode(text));
            default -> statement.setString(index, text);
        }
    }

    private static int sqlType(Table.Kind kind) {
        return switch (kind) {
            case INTEGER -> Types.BIGINT;
            case DECIMAL -> Types.DECIMAL;
            case FLOATING -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case TIMESTAMP_TZ -> Types.TIMESTAMP_WITH_TIMEZONE;
            case TIMESTAMP -> Types.TIMESTAMP;
            case DATE -> Types.DATE;
            case TIME -> Types.TIME;
            case BYTES -> Types.BINARY;
            default -> Types.VARCHAR;
        };
    }
}
