package dev.tandem.screening.core.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VesselEvidenceTests {

    @ParameterizedTest(name = "{0} → vessel: {3}")
    @CsvSource(delimiter = '|', value = {
            "CHON MA SAN                  | 8660313 | DPRK-flagged tanker.                      | true",
            "M/V JIE SHUN                 | 8518572 | Seized in Egypt.                          | true",
            "KOREA SAMMA SHIPPING CO      | 5145892 | Owner of the tanker SAM MA 2.             | false",
            "WEIHAI WORLD-SHIPPING FREIGHT| 5905801 | Manager of the vessel XIN GUANG HAI.      | false",
            "YUK TUNG ENERGY PTE LTD      | 5987860 | ship-to-ship transfer                     | false",
            "CHON MA SAN                  |         | DPRK-flagged tanker.                      | false",
            "OFFICE 39                    | 1234567 | Part of the Workers' Party.               | false"})
    void callsAnEntityAVesselOnlyWithAnImoNumberAShipNameAndShipWording(String name, String imo, String remarks, boolean vessel) {
        assertThat(VesselEvidence.isVessel(name, imo == null ? List.of() : List.of(imo), remarks)).isEqualTo(vessel);
    }
}
