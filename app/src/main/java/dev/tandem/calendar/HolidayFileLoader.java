package dev.tandem.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped holidays ({@link ShippedHolidays}) into {@code public_holiday} at start-up, before any demo
 * content: adds the rows that are missing and leaves every other row as it is, so an administrator's additions and
 * removals survive every restart and upgrade. Skips the work when the same file was loaded before. Two nodes that
 * start together take turns on the lock of {@code holiday_file_load}.
 * <p>
 * Not journaled: the file is part of the release, like the schema migrations; the journal records what people
 * (and Tandem's own rules) change afterwards, and a new database keeps an empty journal, as a restore expects.
 */
@Component
@Order(1)
class HolidayFileLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HolidayFileLoader.class);

    private final PublicHolidays holidays;
    private final TransactionTemplate transaction;
    private final Clock clock;

    HolidayFileLoader(PublicHolidays holidays, TransactionTemplate transaction, Clock clock) {
        this.holidays = holidays;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the shipped file if it is not the one loaded last; the number of rows added. */
    int load() {
        byte[] file;
        try (InputStream in = new ClassPathResource(ShippedHolidays.RESOURCE).getInputStream()) {
            file = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha256 = sha256(file);
        Integer added = transaction.execute(status -> {
            if (holidays.lockFileLoad().filter(sha256::equals).isPresent()) {
                return 0;
            }
            List<Holiday> shipped;
            try {
                shipped = ShippedHolidays.read(new ByteArrayInputStream(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int inserted = holidays.insertMissing(shipped);
            holidays.fileLoaded(sha256, clock.instant());
            return inserted;
        });
        if (added != null && added > 0) {
            log.info("Loaded {} public holidays from {}", added, ShippedHolidays.RESOURCE);
        }
        return added == null ? 0 : added;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
