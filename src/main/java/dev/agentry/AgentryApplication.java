package dev.agentry;

import java.util.Arrays;

import dev.agentry.cli.Cli;
import dev.agentry.cli.Home;
import dev.agentry.support.Timings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * agentry's entry point. A command given on the command line runs straight away, without Spring, and exits with
 * its code; with no command the Spring Shell application starts the interactive shell, which runs every line
 * through the same command layer.
 */
@SpringBootApplication
public class AgentryApplication {

    public static void main(String[] args) {
        if (!Cli.needsShell(args)) {
            quietLibraries();
            // --timings records from here, so that the commands' making is a phase of its own
            Timings timings = Arrays.asList(args).contains("--timings") ? Timings.sinceJvmStart() : Timings.OFF;
            System.exit(Cli.standard(timings).run(args, timings));
        }
        // the history lives in the config folder of $HOME and $XDG_CONFIG_HOME, as the user's shell sees them (Spring
        // Shell would take Java's user.home, which ignores $HOME)
        setIfAbsent("spring.shell.config.location", Home.configFolder().toString());
        SpringApplication application = new SpringApplication(AgentryApplication.class);
        ConfigurableApplicationContext shell = application.run(args);
        // closing the context saves the shell's history and gives the terminal back; the code is the shell's (0 in a
        // terminal, that of the last line that failed when the lines came from a pipe or a file)
        System.exit(SpringApplication.exit(shell));
    }

    /**
     * Commands run without Spring Boot, so nothing configures the libraries' logging: left alone, the first library
     * that logs (Spring Shell's prompts, through Commons Logging) would set up Log4j's API, SLF4J and Logback, about
     * 170 ms, to print nothing agentry wants. They log nowhere instead, unless the user sets these properties.
     */
    static void quietLibraries() {
        setIfAbsent("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        setIfAbsent("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        setIfAbsent("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        // SLF4J says which provider it was told to use, as an INFO line on stderr, unless told to keep quiet
        setIfAbsent("slf4j.internal.verbosity", "WARN");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
