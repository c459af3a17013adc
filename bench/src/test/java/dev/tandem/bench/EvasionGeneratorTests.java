package dev.tandem.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvasionGeneratorTests {

    @Test
    void disguisesNamesAsTheKindsSay() {
        assertThat(EvasionGenerator.zeroWidth("RI YONG-MU")).isEqualTo("R\u200BI Y\u200BONG-M\u200BU");
        assertThat(EvasionGenerator.fullWidth("KIM-1")).isEqualTo("ＫＩＭ－１");
        assertThat(EvasionGenerator.mathBold("Ri")).isEqualTo("\uD835\uDC11\uD835\uDC22");
        assertThat(EvasionGenerator.letterSpaced(EvasionGenerator.title("RI YONG-MU"))).isEqualTo("R i Y o n g M u");
        assertThat(EvasionGenerator.letterSpaced("Office 39")).isEqualTo("O f f i c e 39");
    }

    @Test
    void writesHanjaThatReadsAsTheHangulName() throws IOException {
        EvasionGenerator generator = new EvasionGenerator();
        assertThat(generator.hanja("리용무")).startsWith("李").hasSize(3);
        assertThat(generator.hanja("김철")).startsWith("金");
    }

    @Test
    void generatesTheCommittedSetDeterministically() throws IOException {
        List<KoreanVariant> generated = new EvasionGenerator().generate(EvasionGenerator.readVariants());
        List<CSVRecord> committed;
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("evasion-variants.csv"), StandardCharsets.UTF_8)) {
            committed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(generated).hasSizeGreaterThanOrEqualTo(200).hasSize(committed.size());
        for (int i = 0; i < committed.size(); i++) {
            assertThat(generated.get(i).query()).as("row %d", i + 2).isEqualTo(committed.get(i).get("query"));
            assertThat(generated.get(i).kind()).isEqualTo(committed.get(i).get("kind"));
        }
    }
}
