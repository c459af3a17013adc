package dev.tandem.bench;

import dev.tandem.screening.core.list.EntryType;
import dev.tandem.screening.core.list.ListEntry;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.screening.core.list.ListVersion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JaroWinklerBaselineTests {

    private final JaroWinklerBaseline baseline = new JaroWinklerBaseline(List.of(new ListVersion(ListSource.UN, null, "t",
            List.of(new ListEntry("KPi.033", EntryType.PERSON, "RI WON HO", List.of(), List.of(), List.of(), List.of(), List.of(), "")))));

    @Test
    void comparesWholeNormalisedNames() {
        assertThat(baseline.score("Ri Won-ho", EntryType.PERSON, "KPi.033")).isEqualTo(1.0);
        assertThat(baseline.maxScore("Won Ho Ri", EntryType.PERSON)).isLessThan(JaroWinklerBaseline.THRESHOLD);
        assertThat(baseline.maxScore("Ri Won Ho", EntryType.ORGANISATION)).isZero();
    }
}
