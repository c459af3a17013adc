package dev.tandem.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.tandem.common.SystemActor;
import dev.tandem.screening.core.list.ListSource;

/**
 * Imports the UN list snapshot shipped inside Tandem ({@code lists/}) when the database holds no list yet, so
 * that screening works on the first start without anything to download.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "tandem.screening.bundled-list", havingValue = "true", matchIfMissing = true)
class BundledList implements ApplicationRunner {

    static final String RESOURCE = "/lists/un-consolidated-2026-02-27.xml";
    private static final Logger log = LoggerFactory.getLogger(BundledList.class);

    private final ListImport listImport;
    private final ListVersions lists;

    BundledList(ListImport listImport, ListVersions lists) {
        this.listImport = listImport;
        this.lists = lists;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!lists.all().isEmpty()) {
            return;
        }
        try (InputStream in = BundledList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled list " + RESOURCE + " is missing from the build");
            }
            Path file = Files.createTempFile("tandem-un-", ".xml");
            try {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                ListImport.Result result = SystemActor.call(() ->
                        listImport.importFile(ListSource.UN, file, "un-consolidated-2026-02-27.xml (bundled)"));
                log.info("Imported the bundled UN list: {} entries", result.version().entries());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled UN list", e);
        }
    }
}
