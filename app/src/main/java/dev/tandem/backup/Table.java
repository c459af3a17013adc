package dev.tandem.backup;

import java.util.List;

/**
 * One table as the backup sees it: names in lower case, columns in their order, the primary key (rows are written
 * in its order), the columns that refer to the same table (filled in after all its rows exist) and the identity
 * columns (whose counters move past the restored rows).
 */
record Table(String name, List<Column> columns, List<String> primaryKey, List<String> selfReferences,
             List<String> identityColumns) {

    record Column(String name, Kind kind) {
    }

    /** How a value is written as text in the file and bound again on restore, on H2 and PostgreSQL alike. */
    enum Kind {
        INTEGER, DECIMAL, FLOATING, BOOLEAN, TIMESTAMP_TZ, TIMESTAMP, DATE, TIME, BYTES, TEXT
    }

    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
