package dev.agentry;

import java.util.Arrays;

import dev.agentry.cli.Cli;
import dev.agentry.support.Timings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * agentry's entry point. A command given on the command line runs straight away and exits with its code; with no
 * command (or for the interactive {@code init} wizard) the Spring Shell application starts.
 */
@SpringBootApplication
public class AgentryApplication {

    public static void main(String[] args) {
        if (!Cli.needsShell(args)) {
            if (Arrays.asList(args).contains("--timings")) {
                Timings.enable();
            }
            System.exit(Cli.standard().run(args));
        }
        SpringApplication application = new SpringApplication(AgentryApplication.class);
        application.run(args);
    }
}
