package dev.tandem.session;

import java.util.Arrays;
import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * Compares two texts line by line, marking changed words inside a changed line. The rows carry the lines
 * HTML-escaped (the library's default line normaliser), with only the library's {@code <span class="diff-old">} and {@code <span class="diff-new">} marks
 * added, so a page may show them as markup whatever the texts held.
 */
final class TextDiff {

    /** One row of a comparison: unchanged, inserted, deleted or changed, with the old and the new line. */
    public record Line(String tag, String oldLine, String newLine) {
    }

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .oldTag(start -> start ? "<span class=\"diff-old\">" : "</span>")
            .newTag(start -> start ? "<span class=\"diff-new\">" : "</span>")
            .build();

    private TextDiff() {
    }

    static List<Line> of(String older, String newer) {
        List<DiffRow> rows = GENERATOR.generateDiffRows(lines(older), lines(newer));
        return rows.stream().map(r -> new Line(r.getTag().name(), r.getOldLine(), r.getNewLine())).toList();
    }

    /** Minutes as lines: one per paragraph, list item, heading, table row or line break. */
    static String htmlAsLines(String html) {
        return html.replaceAll("(?i)(</p>|<br\\s*/?>|</li>|</h3>|</h4>|</tr>|<ul>|<ol>|</ul>|</ol>|<table>|</table>)",
                "$1\n");
    }

    private static List<String> lines(String text) {
        return Arrays.asList((text == null ? "" : text).split("\r?\n", -1));
    }
}
