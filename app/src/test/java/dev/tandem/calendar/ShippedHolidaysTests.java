package dev.tandem.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedHolidaysTests {

    @Test
    void regeneratingGivesTheShippedFile() throws IOException {
        String shipped;
        try (InputStream in = new ClassPathResource(ShippedHolidays.RESOURCE).getInputStream()) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped)
                .as("the shipped file is stale: run dev.tandem.calendar.ShippedHolidays from the repository root")
                .isEqualTo(ShippedHolidays.render());
    }

    @Test
    void readsBackWhatItWrites() throws IOException {
        try (InputStream in = new ClassPathResource(ShippedHolidays.RESOURCE).getInputStream()) {
            assertThat(ShippedHolidays.read(in)).isEqualTo(ShippedHolidays.compute());
        }
    }
}
