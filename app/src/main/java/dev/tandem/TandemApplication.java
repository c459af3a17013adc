package dev.tandem;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.tandem.system.CommandLine;

/**
 * Tandem: allied review of cooperation projects with a sanctioned country.
 * <p>
 * {@code java -jar tandem.jar} serves the web application; {@code java -jar tandem.jar cli <command> ...} runs one
 * command of the command line against the same database and exits (the {@code ./tandem} script does this).
 */
@SpringBootApplication
public class TandemApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("cli")) {
            System.exit(runCommand(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(TandemApplication.class, args);
    }

    static int runCommand(String[] args) {
        SpringApplication application = new SpringApplicationBuilder(TandemApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .build();
        // as arguments, so they outrank application.properties: a command never loads demo content or chatters
        // a restore finds the database as the migrations left it: no bundled list imported into it first
        boolean restore = args.length > 0 && args[0].equals("restore");
        // a command never runs the scheduler: deadlines it sets are fired by the servers
        String[] settings = {"--spring.main.banner-mode=off", "--tandem.demo.enabled=false", "--tandem.clock.enabled=false",
                "--logging.level.root=WARN", "--logging.level.org.flywaydb=ERROR",
                "--tandem.screening.bundled-list=" + !restore};
        try (ConfigurableApplicationContext context = application.run(settings)) {
            return context.getBean(CommandLine.class).run(args, System.out, System.err);
        }
    }
}
