package dev.tandem.forum;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores parties. */
@Repository
class Parties {

    private final JdbcClient jdbc;

    Parties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Party> all() {
        return jdbc.sql("SELECT code, name_en, name_ko FROM party ORDER BY code").query(Party.class).list();
    }

    Optional<Party> byCode(String code) {
        return jdbc.sql("SELECT code, name_en, name_ko FROM party WHERE code = :code")
                .param("code", code).query(Party.class).optional();
    }

    void insert(Party party) {
        jdbc.sql("INSERT INTO party (code, name_en, name_ko) VALUES (:code, :en, :ko)")
                .param("code", party.code()).param("en", party.nameEn()).param("ko", party.nameKo())
                .update();
    }
}
