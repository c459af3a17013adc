package dev.tandem.screening.core.name.korean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HanjaReadingsTests {

    private final HanjaReadings readings = HanjaReadings.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"金正恩, 김정은", "崔龍海, 최룡해", "李容武, 리용무", "朴 正熙, 박 정희", "金 Jong Un, 김 Jong Un"})
    void readsHanjaInKorean(String name, String expected) {
        assertThat(readings.read(name, 4)).first().isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"金, 김 금", "車, 차 거", "李, 리", "龍, 룡", "柳, 류", "羅, 라", "正, 정"})
    void prefersTheNameReadingAndKeepsTheOriginalSound(String hanja, String expected) {
        assertThat(readings.of(hanja.codePointAt(0))).containsExactly(expected.split(" "));
    }

    @Test
    void followsTheInitialSoundRuleOfTheKoreanNameHandling() {
        // Unihan gives 李 리 (and the South form 이); the table keeps 리, and the rule gives 이 where names apply it
        assertThat(readings.of("李".codePointAt(0))).containsExactly("리");
        assertThat(InitialSoundRule.applyToWord("리")).isEqualTo("이");
    }

    @Test
    void keepsOtherReadingsAsVariants() {
        assertThat(readings.read("金正恩", 4)).containsExactly("김정은", "금정은");
        assertThat(readings.read("金車金", 2)).hasSize(2);
    }

    @Test
    void readsNothingWithoutHanjaOrWithACharacterItCannotRead() {
        assertThat(readings.read("Kim Jong Un", 4)).isEmpty();
        assertThat(readings.read("김정은", 4)).isEmpty();
        assertThat(readings.read("习近平", 4)).isEmpty();
        assertThat(readings.read("", 4)).isEmpty();
    }

    @Test
    void recognisesHanjaWrittenAsAKoreanName() {
        assertThat(HanjaReadings.isWrittenAsAKoreanName("金正恩")).isTrue();
        assertThat(HanjaReadings.isWrittenAsAKoreanName("建平 张")).isFalse();
        assertThat(HanjaReadings.isWrittenAsAKoreanName("金")).isFalse();
        assertThat(HanjaReadings.isWrittenAsAKoreanName("Kim Jong Un")).isFalse();
    }

    @Test
    void readsCompatibilityIdeographs() {
        assertThat(readings.of(0xF90A)).isNotEmpty();
    }

    @Test
    void shipsTheKHangulFieldOfUnihan() {
        assertThat(readings.size()).isGreaterThan(8_000);
        assertThat(HanjaReadings.class.getResource("UNICODE-LICENSE.txt")).isNotNull();
    }

    @Test
    void leavesHangulIntact() {
        assertThat(readings.read("리용무 李", 4)).containsExactly("리용무 리");
        assertThat(readings.read("金", 0)).isEmpty();
        assertThat(List.of(readings.read("金", 1))).hasSize(1);
    }
}
