package dev.tandem.screening;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.tandem.common.SystemActor;
import dev.tandem.screening.core.list.ListSource;
import dev.tandem.screening.core.list.ListVersion;
import dev.tandem.screening.core.list.UnConsolidatedListParser;
import dev.tandem.screening.core.match.NameQuery;

import static org.assertj.core.api.Assertions.assertThat;

/** Storage of list versions, run on each database Tandem supports. */
abstract class ListVersionsContract {

    @Autowired
    ListVersions lists;
    @Autowired
    ScreeningManagement screening;
    @Autowired
    ListImport listImport;
    @Autowired
    LiveIndex index;

    private static Path bundled() throws Exception {
        Path file = Files.createTempFile("bundled-", ".xml");
        try (var in = ListVersionsContract.class.getResourceAsStream(BundledList.RESOURCE)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    @Test
    void importsTheBundledUnListOnFirstStart() {
        ListVersionSummary un = lists.latest(ListSource.UN).orElseThrow();
        assertThat(un.entries()).isEqualTo(1003);
        assertThat(un.persons()).isEqualTo(730);
        assertThat(un.organisations()).isEqualTo(273);
        assertThat(un.generatedAt()).hasToString("2026-02-27T00:00:09.554Z");
        assertThat(index.current().index().screen(NameQuery.of("RI YONG MU"))).extracting(h -> h.reference())
                .contains("KPi.053");
    }

    @Test
    void storesAVersionExactlyAsParsed() throws Exception {
        Path file = bundled();
        try {
            ListVersion parsed = new UnConsolidatedListParser().parse(file);
            ListVersion stored = lists.load(lists.bySha(ListSource.UN, parsed.sha256()).orElseThrow());
            assertThat(stored.sha256()).isEqualTo(parsed.sha256());
            assertThat(stored.generatedAt()).isEqualTo(parsed.generatedAt());
            assertThat(stored.entries()).containsExactlyInAnyOrderElementsOf(parsed.entries());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void changesNothingWhenTheSameFileIsImportedAgain() throws Exception {
        Path file = bundled();
        try {
            int before = lists.all().size();
            ListImport.Result again = SystemActor.call(() ->
                    listImport.importFile(ListSource.UN, file, "again.xml"));
            assertThat(again.alreadyImported()).isTrue();
            assertThat(again.current()).isTrue();
            assertThat(lists.all()).hasSize(before);
        } finally {
            Files.delete(file);
        }
    }
}
