package dev.tandem.screening.core.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnConsolidatedListParserHostileXmlTests {

    private static final Duration HANG = Duration.ofSeconds(30);

    private static final String SECRET = "TOP-SECRET-7f3a9c";

    private final UnConsolidatedListParser parser = new UnConsolidatedListParser();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM \"SECRET_URI\">]>",
            "<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY % p SYSTEM \"SECRET_URI\"> %p;]>",
            "<!DOCTYPE CONSOLIDATED_LIST SYSTEM \"SECRET_URI\">"})
    void refusesExternalEntitiesWithoutReadingTheirTarget(String doctype) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String xml = "<?xml version=\"1.0\"?>\n" + doctype.replace("SECRET_URI", secret.toUri().toString()) + "\n"
                + "<CONSOLIDATED_LIST><INDIVIDUALS>" + UnXml.individual("KPi.001", "&xxe;", "HO-JIN")
                + "</INDIVIDUALS></CONSOLIDATED_LIST>";
        Path file = UnXml.write(dir, "xxe.xml", xml);

        assertThatThrownBy(() -> parser.parse(file))
                .isInstanceOf(ListFormatException.class)
                .hasMessageNotContaining(SECRET)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("DOCTYPE declarations and entity references are not allowed")
                .satisfies(e -> assertThat(e.getCause() == null ? "" : String.valueOf(e.getCause().getMessage()))
                        .doesNotContain(SECRET));
    }

    @Test
    void refusesAnyDoctypeAsAPossibleAttack() {
        Path file = UnXml.write(dir, "doctype.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST>\n"
                + UnXml.document(UnXml.individual("KPi.001", "YUN", "HO-JIN"), "").replaceFirst("<\\?xml[^>]*>\\n", ""));

        assertThatThrownBy(() -> parser.parse(file)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("DOCTYPE declarations and entity references are not allowed in a list file")
                .hasMessageContaining("XXE");
    }

    @Test
    void refusesABillionLaughsBombQuickly() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"");
            bomb.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n<CONSOLIDATED_LIST><INDIVIDUALS>")
                .append(UnXml.individual("KPi.001", "&lol9;", "HO-JIN")).append("</INDIVIDUALS></CONSOLIDATED_LIST>");
        Path file = UnXml.write(dir, "lol.xml", bomb.toString());

        // a guard against a hang (reading 256 MB, expanding entities), not a speed claim
        assertTimeoutPreemptively(HANG, () ->
                assertThatThrownBy(() -> parser.parse(file)).isInstanceOf(ListFormatException.class)
                        .hasMessageContaining("not allowed"));
    }
}
