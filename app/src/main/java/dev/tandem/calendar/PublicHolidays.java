package dev.tandem.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores public holidays. */
@Repository
class PublicHolidays {

    private static final String COLUMNS =
            "id, party_code, holiday_on, name_en, name_ko, kind, source, origin, removed, version";

    private final JdbcClient jdbc;

    PublicHolidays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The days from {@code from} to {@code to} (both included) on which any of the parties is closed. */
    Set<LocalDate> closedDays(Collection<String> parties, LocalDate from, LocalDate to) {
        if (parties.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT DISTINCT holiday_on FROM public_holiday WHERE party_code IN (:parties)"
                        + " AND holiday_on BETWEEN :from AND :to AND removed = FALSE")
                .param("parties", List.copyOf(parties)).param("from", from).param("to", to)
                .query(LocalDate.class).list());
    }

    List<HolidayEntry> of(String party, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM public_holiday WHERE party_code = :party"
                        + " AND holiday_on BETWEEN :from AND :to ORDER BY holiday_on, name_en")
                .param("party", party).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query(PublicHolidays::entry).list();
    }

    Optional<HolidayEntry> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM public_holiday WHERE id = :id").param("id", id)
                .query(PublicHolidays::entry).optional();
    }

    Optional<HolidayEntry> byKey(String party, LocalDate day, String nameEn) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM public_holiday WHERE party_code = :party AND holiday_on = :day"
                        + " AND name_en = :name")
                .param("party", party).param("day", day).param("name", nameEn).query(PublicHolidays::entry).optional();
    }

    long insert(Holiday h, HolidayEntry.Origin origin) {
        jdbc.sql("INSERT INTO public_holiday (party_code, holiday_on, name_en, name_ko, kind, source, origin, removed,"
                        + " version) VALUES (:party, :day, :en, :ko, :kind, :source, :origin, FALSE, 0)")
                .param("party", h.party()).param("day", h.day()).param("en", h.nameEn()).param("ko", h.nameKo())
                .param("kind", h.kind().name()).param("source", h.source()).param("origin", origin.name()).update();
        return byKey(h.party(), h.day(), h.nameEn()).orElseThrow().id();
    }

    /** Stores the entry's new state if nobody changed it since it was read; false when somebody did. */
    boolean update(HolidayEntry changed) {
        return jdbc.sql("UPDATE public_holiday SET name_ko = :ko, kind = :kind, source = :source, removed = :removed,"
                        + " version = :version WHERE id = :id AND version = :previous")
                .param("ko", changed.nameKo()).param("kind", changed.kind().name()).param("source", changed.source())
                .param("removed", changed.removed()).param("version", changed.version()).param("id", changed.id())
                .param("previous", changed.version() - 1).update() == 1;
    }

    /**
     * Inserts the shipped holidays that have no row yet (by party, day and English name); a row an administrator
     * removed stays removed. Runs under the lock of {@link #lockFileLoad()}.
     */
    int insertMissing(List<Holiday> shipped) {
        Set<String> present = new HashSet<>(jdbc.sql("SELECT party_code, holiday_on, name_en FROM public_holiday")
                .query((rs, n) -> key(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3))).list());
        int inserted = 0;
        for (Holiday h : shipped) {
            if (present.add(key(h.party(), h.day(), h.nameEn()))) {
                insert(h, HolidayEntry.Origin.SHIPPED);
                inserted++;
            }
        }
        return inserted;
    }

    /** The hash of the shipped file loaded last, its row locked until the transaction ends. */
    Optional<String> lockFileLoad() {
        return jdbc.sql("SELECT file_sha256 FROM holiday_file_load WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single();
    }

    void fileLoaded(String sha256, java.time.Instant at) {
        jdbc.sql("UPDATE holiday_file_load SET file_sha256 = :sha, loaded_at = :at WHERE id = 1")
                .param("sha", sha256).param("at", java.sql.Timestamp.from(at)).update();
    }

    private static String key(String party, LocalDate day, String nameEn) {
        return party + "|" + day + "|" + nameEn;
    }

    private static HolidayEntry entry(ResultSet rs, int row) throws SQLException {
        return new HolidayEntry(rs.getLong("id"), rs.getString("party_code"), rs.getObject("holiday_on", LocalDate.class),
                rs.getString("name_en"), rs.getString("name_ko"), HolidayKind.valueOf(rs.getString("kind")),
                rs.getString("source"), HolidayEntry.Origin.valueOf(rs.getString("origin")), rs.getBoolean("removed"),
                rs.getInt("version"));
    }
}
