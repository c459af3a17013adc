package dev.tandem.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseSecretsTests {

    @TempDir
    Path temp;

    private final EmbeddedDatabaseSecrets secrets = new EmbeddedDatabaseSecrets();

    private DataSourceProperties properties(Path folder) {
        DataSourceProperties properties = new DataSourceProperties();
        properties.setUrl("jdbc:h2:file:" + folder.resolve("tandem") + ";AUTO_SERVER=TRUE");
        properties.setUsername("tandem");
        properties.setPassword("");
        return properties;
    }

    @Test
    void givesTheEmbeddedDatabaseARandomPasswordKeptOwnerOnly() throws Exception {
        Path folder = temp.resolve("data");
        DataSourceProperties properties = properties(folder);
        secrets.postProcessBeforeInitialization(properties, "dataSourceProperties");

        assertThat(properties.getPassword()).hasSizeGreaterThanOrEqualTo(24);
        Path file = folder.resolve(EmbeddedDatabaseSecrets.PASSWORD_FILE);
        assertThat(Files.readString(file).strip()).isEqualTo(properties.getPassword());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");

        DataSourceProperties again = properties(folder);
        secrets.postProcessBeforeInitialization(again, "dataSourceProperties");
        assertThat(again.getPassword()).isEqualTo(properties.getPassword());
    }

    @Test
    void tightensAFolderAndFileLeftReadableByOthers() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = Files.writeString(folder.resolve(EmbeddedDatabaseSecrets.PASSWORD_FILE), "kept-password\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        DataSourceProperties properties = properties(folder);
        secrets.postProcessBeforeInitialization(properties, "dataSourceProperties");

        assertThat(properties.getPassword()).isEqualTo("kept-password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @Test
    void givesADatabaseCreatedWithoutPasswordTheNewOne() throws Exception {
        Path folder = temp.resolve("old");
        String url = "jdbc:h2:file:" + folder.resolve("tandem");
        try (Connection c = DriverManager.getConnection(url, "tandem", "")) {
            c.createStatement().execute("CREATE TABLE kept (id INT)");
        }
        DataSourceProperties properties = properties(folder);
        properties.setUrl(url);
        secrets.postProcessBeforeInitialization(properties, "dataSourceProperties");

        assertThatThrownBy(() -> DriverManager.getConnection(url, "tandem", "").close()).isInstanceOf(SQLException.class);
        try (Connection c = DriverManager.getConnection(url, "tandem", properties.getPassword())) {
            assertThat(c.getMetaData().getTables(null, null, "KEPT", null).next()).isTrue();
        }
    }

    @Test
    void leavesAGivenPasswordAndOtherDatabasesAlone() {
        DataSourceProperties given = properties(temp.resolve("given"));
        given.setPassword("from-the-environment");
        secrets.postProcessBeforeInitialization(given, "dataSourceProperties");
        assertThat(given.getPassword()).isEqualTo("from-the-environment");

        DataSourceProperties postgres = new DataSourceProperties();
        postgres.setUrl("jdbc:postgresql://127.0.0.1:5432/tandem");
        secrets.postProcessBeforeInitialization(postgres, "dataSourceProperties");
        assertThat(postgres.getPassword()).isNull();
        assertThat(temp.resolve("given")).doesNotExist();
    }
}
