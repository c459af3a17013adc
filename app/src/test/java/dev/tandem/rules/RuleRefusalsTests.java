package dev.tandem.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tandem.common.InvalidInputException;
import dev.tandem.common.MessageBundles;
import dev.tandem.common.Refusals;

import static dev.tandem.rules.RulesFixture.BOOK;
import static dev.tandem.rules.RulesFixture.CURRENT;
import static dev.tandem.rules.RulesFixture.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rules refuse with message keys, so a refusal is said in the user's language, nested reasons included. */
class RuleRefusalsTests {

    private final Refusals refusals = new Refusals(MessageBundles.messages());

    private String say(Runnable refused, Locale locale) {
        return refusals.reason(catchThrowableOfType(InvalidInputException.class, refused::run), locale);
    }

    @Test
    void saysAnItemLineWithoutAQuantityInEnglishAndKorean() {
        Runnable refused = () -> CURRENT.apply(new CaseFacts("ROK-T", RulesFixture.FILED, RulesFixture.FILED, Set.of(),
                List.of(to(3, "rice", "1006.30", "0", "kg"))), CapUsage.NONE);
        assertThat(say(refused, Locale.ENGLISH)).isEqualTo("line 3 needs a quantity above 0");
        assertThat(say(refused, Locale.KOREAN)).isEqualTo("3번 줄에 0보다 큰 수량이 필요합니다");
    }

    @Test
    void saysACodeOfAnotherHsEditionInKoreanWithItsNestedReason() {
        LocalDate day = LocalDate.of(2023, 5, 2);
        Runnable refused = () -> CURRENT.apply(new CaseFacts("ROK-T", day, day, Set.of(),
                List.of(to(1, "cameras", "8525.80", "20", "piece"))), CapUsage.NONE);
        assertThat(say(refused, Locale.ENGLISH))
                .startsWith("line 1: HS 8525.80 belongs to HS 2017 and does not exist in HS 2022");
        assertThat(say(refused, Locale.KOREAN)).startsWith("1번 줄: HS 8525.80은(는) HS 2017의 코드로")
                .contains("HS 2022에는 없습니다");
    }

    @Test
    void saysADayBeforeTheFirstRulesAndABadCharterInKorean() {
        assertThat(say(() -> BOOK.at(LocalDate.of(2017, 12, 21)), Locale.KOREAN))
                .isEqualTo("2017-12-21에 시행 중인 품목 규칙이 없습니다. 가장 이른 판은 2017-12-22에 시행됩니다");
        assertThat(say(() -> TriagePolicy.selective("c", "헌장", 0, 10, 15), Locale.KOREAN))
                .isEqualTo("선별 심사 헌장에는 1 근무일 이상의 이의 제기 기간이 필요합니다");
        assertThat(say(() -> TriagePolicy.selective(" ", "헌장", 5, 10, 15), Locale.ENGLISH))
                .isEqualTo("the charter needs a name in English and Korean");
    }
}
