package dev.tandem.screening.core.match;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KeyIndexTests {

    @Test
    void findsTheNamesFiledUnderAKey() {
        Map<String, List<Integer>> postings = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) postings.put("w:token" + i, List.of(i, i + 1));
        KeyIndex index = new KeyIndex(postings);
        assertThat(index.size()).isEqualTo(1000);
        int slot = index.find(KeyIndex.fingerprint("w:token500"));
        assertThat(index.length(slot)).isEqualTo(2);
        assertThat(index.name(slot, 0)).isEqualTo(500);
        assertThat(index.name(slot, 1)).isEqualTo(501);
        assertThat(index.find(KeyIndex.fingerprint("w:missing"))).isNegative();
        assertThat(index.count(KeyIndex.fingerprint("w:missing"))).isZero();
    }

    @Test
    void fingerprintsADeletionLikeTheDeletedText() {
        assertThat(KeyIndex.fingerprint("w:yong", 0, 6, 2)).isEqualTo(KeyIndex.fingerprint("w:ong"));
        assertThat(KeyIndex.fingerprint("w:yong", 0, 6, 3)).isEqualTo(KeyIndex.fingerprint("w:yng"));
        assertThat(KeyIndex.fingerprint("w:yong", 0, 6, -1)).isEqualTo(KeyIndex.fingerprint("w:yong"));
        assertThat(KeyIndex.fingerprint("")).isNotZero();
    }
}
