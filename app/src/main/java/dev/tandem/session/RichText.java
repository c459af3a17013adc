package dev.tandem.session;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML minutes and readouts may hold, cleaned on the server before it is stored: paragraphs, line breaks, bold,
 * italics, lists, two heading levels, links to https addresses only (opened without a referrer or opener) and plain
 * tables. Everything else (scripts, styles, event handlers, images, frames, forms, other link schemes) is dropped,
 * keeping its text where it has any. Pages show only text that passed here.
 */
final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "i", "ul", "ol", "li", "h3", "h4", "a",
                    "table", "thead", "tbody", "tr", "th", "td")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("https")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("colspan", "rowspan").matching(java.util.regex.Pattern.compile("[1-9][0-9]?"))
            .onElements("td", "th")
            .toFactory();

    private RichText() {
    }

    /** The input with everything outside the policy removed; null stays null. */
    static String sanitise(String html) {
        return html == null ? null : POLICY.sanitize(html).strip();
    }

    /** Whether anything readable is left (a text of only tags or spaces is empty). */
    static boolean isEmpty(String sanitised) {
        return sanitised == null || sanitised.replaceAll("<[^>]*>", "").replace("&nbsp;", "").isBlank();
    }
}
