package dev.tandem.identity;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Role rules are named once, in {@link Permissions} (ADR 0012): services, controllers and templates refer to a rule
 * by name and never list roles themselves, and every rule they name exists.
 */
class PermissionsTests {

    private static final Path MAIN = Path.of("src/main");
    private static final Pattern ROLE_LIST = Pattern.compile("has(Any)?Role\\s*\\(|hasAuthority\\s*\\(|ROLE_[A-Z]");
    private static final Pattern RULE_REFERENCE = Pattern.compile("@permissions\\.(\\w+)\\(\\)");
    /** Where roles are legitimately spelled out: the rules themselves, the roles and the system actor. */
    private static final Set<String> RULE_FILES = Set.of("Permissions.java", "CurrentUser.java", "Role.java",
            "SecurityConfiguration.java", "SystemActor.java");
    private static final Set<String> NOT_YET = Set.of();

    @Test
    void findsNoRoleListOutsideTheRules() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            if (RULE_FILES.contains(file.getFileName().toString()) || notYet(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (ROLE_LIST.matcher(lines.get(i)).find()) {
                    offenders.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(offenders).as("role lists outside Permissions").isEmpty();
    }

    @Test
    void knowsEveryRuleThatCodeAndTemplatesName() throws IOException {
        Set<String> rules = Arrays.stream(Permissions.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0
                        && m.getReturnType() == boolean.class)
                .map(Method::getName).collect(Collectors.toSet());
        List<String> unknown = new ArrayList<>();
        int references = 0;
        for (Path file : sources()) {
            Matcher m = RULE_REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                references++;
                if (!rules.contains(m.group(1))) {
                    unknown.add(MAIN.relativize(file) + ": " + m.group(1));
                }
            }
        }
        assertThat(unknown).as("rules named but not defined in Permissions").isEmpty();
        assertThat(references).as("rules referenced").isGreaterThan(20);
    }

    private static boolean notYet(Path file) {
        Path relative = MAIN.relativize(file);
        return NOT_YET.stream().anyMatch(module -> relative.toString().contains("/" + module + "/")
                || relative.startsWith(Path.of("resources/templates/cases")));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".html"))
                    .sorted().toList();
        }
    }
}
