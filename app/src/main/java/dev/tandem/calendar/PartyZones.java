package dev.tandem.calendar;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The time zone each party keeps office hours in (table {@code party_zone}). */
@Repository
class PartyZones {

    private final JdbcClient jdbc;

    PartyZones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ZoneId> of(String party) {
        return jdbc.sql("SELECT zone_id FROM party_zone WHERE party_code = :party").param("party", party)
                .query(String.class).optional().map(ZoneId::of);
    }

    /** A party without a zone on record keeps UTC, so that its deadlines are still well defined. */
    ZoneId orUtc(String party) {
        return of(party).orElse(ZoneOffset.UTC);
    }
}
