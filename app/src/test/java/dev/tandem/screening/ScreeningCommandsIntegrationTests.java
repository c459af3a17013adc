package dev.tandem.screening;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import dev.tandem.IntegrationTest;
import dev.tandem.screening.core.list.SharedSanctionsData;
import dev.tandem.system.CommandLine;
import dev.tandem.system.CommandLineHarness;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ScreeningCommandsIntegrationTests {

    @Autowired
    CommandLine commandLine;

    @TempDir
    Path dir;

    private CommandLineHarness cli;

    @org.junit.jupiter.api.BeforeEach
    void harness() {
        cli = new CommandLineHarness(commandLine);
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private String err() {
        return cli.err();
    }

    @Test
    void screensAFileOfNamesIntoAFileOfHits() throws Exception {
        Path input = Files.writeString(dir.resolve("names.csv"), """
                id,name,type
                c-1,리용무,person
                c-2,"Lee, Yong-mu",
                c-3,Hanbit Medical Aid,organisation
                c-4,Korea Mining Development Trading Corporation,organisation
                """);
        Path output = dir.resolve("hits.csv");
        assertThat(run("screen", "--input", input.toString(), "--output", output.toString())).isZero();
        assertThat(cli.out()).contains("screened 4 names");
        List<String> lines = Files.readAllLines(output);
        assertThat(lines.get(0)).isEqualTo("id,rank,list,reference,matched_name,score,explanation");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("c-1,1,un,KPi.053,RI YONG MU,1.000,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("c-2,1,un,KPi.053,"));
        assertThat(lines).noneMatch(l -> l.startsWith("c-3,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("c-4,1,un,KPe.001,"));
    }

    @Test
    void honoursTheListsAndThresholdOptions() throws Exception {
        Path input = Files.writeString(dir.resolve("names.csv"), "id,name\n1,Ri Yomg Mu\n");
        Path output = dir.resolve("hits.csv");
        assertThat(run("screen", "--input", input.toString(), "--output", output.toString(), "--threshold", "0.999")).isZero();
        assertThat(Files.readAllLines(output)).hasSize(1);
        assertThat(run("screen", "--input", input.toString(), "--output", output.toString(), "--lists", "opensanctions")).isZero();
        assertThat(Files.readAllLines(output)).hasSize(1);
        assertThat(run("screen", "--input", input.toString(), "--output", output.toString(), "--lists", "un")).isZero();
        assertThat(Files.readAllLines(output)).hasSize(2).last().asString().startsWith("1,1,un,KPi.053,");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path input = Files.writeString(dir.resolve("empty.csv"), "");
        assertThat(run("screen", "--input", input.toString(), "--output", dir.resolve("o.csv").toString())).isEqualTo(2);
        assertThat(err()).contains("--input").contains("is empty");
        assertThat(dir.resolve("o.csv")).doesNotExist();
    }

    @Test
    void refusesAFileWithoutANameColumn() throws Exception {
        Path input = Files.writeString(dir.resolve("names.csv"), "id,full_name\n1,Ri Yong Mu\n");
        assertThat(run("screen", "--input", input.toString(), "--output", dir.resolve("o.csv").toString())).isEqualTo(2);
        assertThat(err()).contains("no 'name' column").contains("id, full_name");
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws Exception {
        Path input = dir.resolve("latin1.csv");
        Files.write(input, "id,name\n1,Jos\u00e9 N\u00fa\u00f1ez\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("screen", "--input", input.toString(), "--output", dir.resolve("o.csv").toString())).isEqualTo(2);
        assertThat(err()).contains("is not valid UTF-8");
    }

    @Test
    void refusesAnUnknownTypeNamingTheLine() throws Exception {
        Path input = Files.writeString(dir.resolve("names.csv"), "id,name,type\n1,A,person\n2,B,ship\n");
        assertThat(run("screen", "--input", input.toString(), "--output", dir.resolve("o.csv").toString())).isEqualTo(2);
        assertThat(err()).contains("line 3, column type: 'ship'");
    }

    @Test
    void refusesWrongUsageInOneLine() {
        assertThat(run("screen", "--input")).isEqualTo(2);
        assertThat(err().lines()).hasSize(1);
        assertThat(run("screen", "--input", "x.csv", "--colour", "red")).isEqualTo(2);
        assertThat(err()).contains("--colour");
        assertThat(run("import-list", "--source", "eu", "x.xml")).isEqualTo(2);
        assertThat(err()).contains("source").contains("un, ofac or opensanctions");
        assertThat(run("import-list", "--source", "un")).isEqualTo(2);
        assertThat(err()).contains("FILE");
    }

    @Test
    void importsAListAndSaysWhatChanged() {
        Path sdn = SharedSanctionsData.file(SharedSanctionsData.OFAC_SDN_2021);
        assertThat(run("import-list", "--source", "ofac", sdn.toString())).isZero();
        String first = cli.out();
        assertThat(first).satisfiesAnyOf(
                s -> assertThat(s).contains("imported OFAC version").contains("8976 entries (4620 persons, 3673 organisations, 406 vessels, 277 aircraft)"),
                s -> assertThat(s).contains("unchanged"));
        assertThat(run("import-list", "--source", "ofac", sdn.toString())).isZero();
        assertThat(cli.out()).startsWith("unchanged: this file was imported before");
    }

    @Test
    void refusesAMalformedListFileNamingTheLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("sdn.csv"), "1,\"NAME\",individual\n2,\"UNTERMINATED,individual\n");
        assertThat(run("import-list", "--source", "ofac", bad.toString())).isEqualTo(2);
        assertThat(err()).startsWith("tandem import-list: file: ").contains("line");
    }
}
