package dev.tandem.screening.core.match;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateScratchTests {

    @Test
    void countsEachQueryTokenOncePerName() {
        CandidateScratch s = new CandidateScratch(10);
        s.add(3, 0, 0.5f);
        s.add(3, 0, 0.5f);
        s.add(3, 1, 0.25f);
        s.add(7, 0, 0.5f);
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.top(10, CandidateScratch.Eligibility.atLeast(0f))).containsExactly(3, 7);
    }

    @Test
    void keepsTheBestNamesAboveTheMinimum() {
        CandidateScratch s = new CandidateScratch(10);
        for (int n = 0; n < 10; n++) s.add(n, -1, n / 10f);
        assertThat(s.top(3, CandidateScratch.Eligibility.atLeast(0.45f))).containsExactly(9, 8, 7);
        assertThat(s.top(10, CandidateScratch.Eligibility.atLeast(0.75f))).containsExactly(9, 8);
    }

    @Test
    void keepsOnlyEligibleNames() {
        CandidateScratch s = new CandidateScratch(4);
        s.add(1, 0, 0.2f);
        s.add(2, 0, 0.2f);
        assertThat(s.top(4, (name, score, tokens) -> score + (name == 2 ? 0.4f : 0f) >= 0.5f)).containsExactly(2);
    }

    @Test
    void forgetsEverythingOnReset() {
        CandidateScratch s = new CandidateScratch(4);
        s.add(1, 0, 1f);
        s.reset();
        assertThat(s.size()).isZero();
        assertThat(s.top(4, CandidateScratch.Eligibility.atLeast(0f))).isEmpty();
    }
}
