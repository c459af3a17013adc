package dev.tandem.session;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTests {

    @Test
    void marksTheChangedWordsOfAChangedLine() {
        List<TextDiff.Line> lines = TextDiff.of("same\nthe trucks return", "same\nthe trucks stay\nadded");
        assertThat(lines).extracting(TextDiff.Line::tag).containsExactly("EQUAL", "CHANGE", "INSERT");
        assertThat(lines.get(1).oldLine()).contains("<span class=\"diff-old\">return</span>");
        assertThat(lines.get(1).newLine()).contains("<span class=\"diff-new\">stay</span>");
    }

    @Test
    void escapesMarkupInTheTextsCompared() {
        List<TextDiff.Line> lines = TextDiff.of("<p>a</p>", "<p>a</p><script>alert(1)</script>");
        assertThat(lines).allSatisfy(l -> assertThat(l.oldLine() + l.newLine()).doesNotContain("<script", "<p>"));
        assertThat(lines.get(0).newLine()).contains("&lt;", "script", "alert(1)");
    }

    @Test
    void splitsMinutesIntoLinesAtBlocks() {
        assertThat(TextDiff.htmlAsLines("<p>a</p><ul><li>b</li></ul>").split("\n")).hasSizeGreaterThanOrEqualTo(3);
    }
}
