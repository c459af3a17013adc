package dev.tandem.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the tables of Tandem's schema from the database's own catalogue, in an order where every table comes
 * after the tables it refers to. Flyway's history and the HTTP sessions are not data to keep.
 */
final class DatabaseTables {

    static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes");

    private DatabaseTables() {
    }

    static List<Table> inDependencyOrder(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, String> actualNames = new LinkedHashMap<>();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String actual = rs.getString("TABLE_NAME");
                String name = actual.toLowerCase(Locale.ROOT);
                if (!LEFT_OUT.contains(name)) {
                    actualNames.put(name, actual);
                }
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
        for (var e : new java.util.TreeMap<>(actualNames).entrySet()) {
            String name = e.getKey();
            String actual = e.getValue();
            List<Table.Column> columns = new ArrayList<>();
            List<String> identity = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), schema, actual, "%")) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    columns.add(new Table.Column(column, kind(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"))));
                    if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
                        identity.add(column);
                    }
                }
            }
            Map<Short, String> key = new java.util.TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(connection.getCatalog(), schema, actual)) {
                while (rs.next()) {
                    key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            Set<String> references = new LinkedHashSet<>();
            List<String> selfReferences = new ArrayList<>();
            try (ResultSet rs = meta.getImportedKeys(connection.getCatalog(), schema, actual)) {
                while (rs.next()) {
                    String target = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (target.equals(name)) {
                        selfReferences.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                    } else if (!LEFT_OUT.contains(target)) {
                        references.add(target);
                    }
                }
            }
            List<String> primaryKey = key.isEmpty() ? columns.stream().map(Table.Column::name).toList()
                    : List.copyOf(key.values());
            tables.put(name, new Table(name, List.copyOf(columns), primaryKey, List.copyOf(selfReferences),
                    List.copyOf(identity)));
            dependsOn.put(name, references);
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            boolean progress = false;
            for (String name : tables.keySet()) {
                if (!placed.contains(name) && placed.containsAll(dependsOn.get(name))) {
                    placed.add(name);
                    ordered.add(tables.get(name));
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("the tables refer to each other in a cycle: " + dependsOn);
            }
        }
        return ordered;
    }

    static Table.Kind kind(int jdbcType, String typeName) {
        String type = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        switch (jdbcType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT:
                return Table.Kind.INTEGER;
            case Types.DECIMAL, Types.NUMERIC:
                return Table.Kind.DECIMAL;
            case Types.DOUBLE, Types.FLOAT, Types.REAL:
                return Table.Kind.FLOATING;
            case Types.BOOLEAN, Types.BIT:
                return Table.Kind.BOOLEAN;
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return Table.Kind.TIMESTAMP_TZ;
            case Types.TIMESTAMP:
                // PostgreSQL reports timestamptz as TIMESTAMP and names it by its type name
                return type.contains("tz") || type.contains("time zone") ? Table.Kind.TIMESTAMP_TZ : Table.Kind.TIMESTAMP;
            case Types.DATE:
                return Table.Kind.DATE;
            case Types.TIME, Types.TIME_WITH_TIMEZONE:
                return Table.Kind.TIME;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB:
                return Table.Kind.BYTES;
            default:
                return Table.Kind.TEXT;
        }
    }
}
