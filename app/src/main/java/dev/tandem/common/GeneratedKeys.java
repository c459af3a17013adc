package dev.tandem.common;

import java.util.Map;

import org.springframework.jdbc.support.KeyHolder;

/**
 * Reads the generated id of an inserted row. PostgreSQL returns every column of the new row as keys, H2 only the
 * one asked for; this reads the {@code id} column from either.
 */
public final class GeneratedKeys {

    private GeneratedKeys() {
    }

    public static long id(KeyHolder keys) {
        Map<String, Object> map = keys.getKeys();
        Object id = map == null ? null : map.getOrDefault("id", map.get("ID"));
        if (id == null) {
            id = keys.getKey();
        }
        return ((Number) id).longValue();
    }
}
