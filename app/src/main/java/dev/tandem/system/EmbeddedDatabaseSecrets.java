package dev.tandem.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Closes the embedded default: the H2 database in the data folder gets a random password, generated on the first
 * start and kept in {@code database-password} beside it, readable by its owner only (the folder likewise), and
 * H2's auto-server, through which the command line reaches the database the server holds open, listens on
 * loopback only. An explicit {@code TANDEM_DATABASE_PASSWORD} or a database other than an H2 file is left alone.
 */
@Component
class EmbeddedDatabaseSecrets implements BeanPostProcessor {

    static final String PASSWORD_FILE = "database-password";
    private static final String H2_FILE = "jdbc:h2:file:";
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    static {
        // H2 reads this once, when its first class loads; its auto-server then binds to (and advertises) loopback
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties && properties.getUrl() != null
                && properties.getUrl().startsWith(H2_FILE)
                && (properties.getPassword() == null || properties.getPassword().isEmpty())) {
            properties.setPassword(secure(properties.getUrl(), properties.getUsername()));
        }
        return bean;
    }

    /**
     * Makes the database's folder owner-only and returns the database password, creating it on the first start.
     * A database created before passwords existed (an empty one) is given the new password.
     */
    static String secure(String url, String user) {
        String file = url.substring(H2_FILE.length()).split(";", 2)[0];
        Path database = Paths.get(file).toAbsolutePath().normalize();
        Path folder = database.getParent();
        try {
            Files.createDirectories(folder);
            restrict(folder, OWNER_ONLY_FOLDER);
            Path passwordFile = folder.resolve(PASSWORD_FILE);
            if (Files.exists(passwordFile)) {
                restrict(passwordFile, OWNER_ONLY_FILE);
                String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
                if (!password.isEmpty()) {
                    return password;
                }
            }
            String password = newPassword();
            if (Files.exists(Paths.get(database + ".mv.db"))) {
                setPasswordOfExistingDatabase(url, user, password);
            }
            write(passwordFile, password);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the database password in " + folder, e);
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void setPasswordOfExistingDatabase(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user == null ? "tandem" : user, "");
             Statement s = c.createStatement()) {
            s.execute("ALTER USER \"" + c.getMetaData().getUserName() + "\" SET PASSWORD '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("the database in the data folder has a password, but the data folder has"
                    + " no " + PASSWORD_FILE + " file; restore that file or set TANDEM_DATABASE_PASSWORD", e);
        }
    }

    /** Written whole with owner-only permissions from the start, then moved into place. */
    private static void write(Path target, String password) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".new");
        Files.deleteIfExists(temp);
        if (posix()) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        }
        Files.writeString(temp, password + "\n", StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(path).equals(permissions)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
