package dev.tandem.screening.core.name.korean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HangulRomaniserTests {

    private final HangulRomaniser romaniser = HangulRomaniser.standard();

    @Test
    void writesTheCustomarySpellingsOfRiYongHo() {
        assertThat(romaniser.spellings("리용호")).contains("Ri Yong Ho", "Lee Yong-ho", "Yi Yong Ho");
    }

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "리용호 | Ri Yong-ho | Ri Yongho",
            "최철수 | Ch'oe Ch'ŏl-su | Choe Cheolsu",
            "김명기 | Kim Myŏng-gi | Gim Myeonggi",
            "박정희 | Pak Chŏng-hŭi | Bak Jeonghui",
            "김정은 | Kim Chŏng-ŭn | Gim Jeongeun",
            "남궁민 | Namgung Min | Namgung Min",
            "김철룡 | Kim Ch'ŏl-lyong | Gim Cheollyong"})
    void romanisesMcCuneReischauerAndRevised(String hangul, String mr, String rr) {
        assertThat(romaniser.mccuneReischauer(hangul, true)).isEqualTo(mr);
        assertThat(romaniser.revised(hangul)).isEqualTo(rr);
    }

    @Test
    void dropsDiacriticsOnRequest() {
        assertThat(romaniser.mccuneReischauer("최철수", false)).isEqualTo("Choe Chol-su");
    }

    @Test
    void rejectsNonHangulNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> romaniser.revised("Kim"));
    }
}
