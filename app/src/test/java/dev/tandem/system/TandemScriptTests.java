package dev.tandem.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ./tandem script answers usage questions at once, without building anything. */
class TandemScriptTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private record Result(int exit, String out, String err) {
    }

    private static Result tandem(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", ROOT.resolve("tandem").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void listsItsCommands() throws Exception {
        Result help = tandem("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("serve").contains("test").contains("journal verify");
    }

    @Test
    void explainsEachCommandOfItsOwn() throws Exception {
        assertThat(tandem("serve", "--help").out()).contains("Usage: ./tandem serve");
        assertThat(tandem("test", "--help").out()).contains("Usage: ./tandem test");
    }

    @Test
    void refusesAnUnknownCommandInOneLine() throws Exception {
        Result result = tandem("frobnicate");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("unknown command 'frobnicate'");
    }

    @Test
    void refusesNoCommand() throws Exception {
        Result result = tandem();
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Usage");
    }
}
