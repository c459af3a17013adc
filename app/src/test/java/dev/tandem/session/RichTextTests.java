package dev.tandem.session;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTests {

    @Test
    void keepsTheAllowedMarkup() {
        String html = "<h3>Agenda</h3><p>One <b>bold</b> and <i>italic</i><br>line</p><ul><li>a</li></ul><ol><li>b</li></ol>"
                + "<h4>Table</h4><table><thead><tr><th>x</th></tr></thead><tbody><tr><td colspan=\"2\">y</td></tr></tbody></table>";
        String clean = RichText.sanitise(html);
        assertThat(clean).contains("<h3>Agenda</h3>", "<b>bold</b>", "<i>italic</i>", "<br />", "<li>a</li>",
                "<ol>", "<h4>Table</h4>", "<th>x</th>", "<td colspan=\"2\">y</td>");
    }

    @Test
    void keepsHttpsLinksWithoutReferrerOrOpener() {
        String clean = RichText.sanitise("<a href=\"https://www.state.gov/readout\">readout</a>");
        assertThat(clean).contains("href=\"https://www.state.gov/readout\"").contains("noopener").contains("noreferrer");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"http://plain.example.org\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<p onclick=\"alert(1)\" style=\"background:url(javascript:alert(1))\">x</p>",
            "<iframe src=\"https://evil.example.org\"></iframe>",
            "<svg><script>alert(1)</script></svg>",
            "<form action=\"https://evil.example.org\"><input name=q></form>",
            "<scr<script>ipt>alert(1)</script>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<p>x</p><style>p{}</style><object data=\"x\"></object><embed src=\"x\">"})
    void removesHostileMarkup(String hostile) {
        String clean = RichText.sanitise(hostile).toLowerCase();
        assertThat(clean).doesNotContain("<script", "javascript:", "onerror", "onclick", "style=", "<iframe",
                "<img", "<svg", "<form", "<input", "http://", "data:", "<style", "<object", "<embed", "<math");
    }

    @Test
    void findsNothingReadableInMarkupAlone() {
        assertThat(RichText.isEmpty(RichText.sanitise("<script>alert(1)</script><p> </p>"))).isTrue();
        assertThat(RichText.isEmpty(RichText.sanitise("<p>text</p>"))).isFalse();
    }
}
