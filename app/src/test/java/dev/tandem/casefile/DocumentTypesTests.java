package dev.tandem.casefile;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTypesTests {

    @Test
    void readsTheTypeFromTheContent() {
        assertThat(DocumentTypes.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
        assertThat(DocumentTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0})).contains("image/png");
        assertThat(DocumentTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains("image/jpeg");
        assertThat(DocumentTypes.detect("End-user statement\n최종 사용자 확인서".getBytes(StandardCharsets.UTF_8)))
                .contains("text/plain; charset=UTF-8");
    }

    @Test
    void refusesExecutablesArchivesAndBinaryWhateverTheirName() {
        assertThat(DocumentTypes.detect(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0})).isEmpty();
        assertThat(DocumentTypes.detect(new byte[] {0x7f, 'E', 'L', 'F', 2, 1})).isEmpty();
        assertThat(DocumentTypes.detect(new byte[] {'P', 'K', 3, 4, 'a', 'b', 'c'})).isEmpty();
        assertThat(DocumentTypes.detect(new byte[] {(byte) 0xC3, 0x28, 'a'})).isEmpty();
    }
}
