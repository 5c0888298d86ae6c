package dev.agentry.cli;

import org.jline.reader.LineReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.shell.core.command.CommandRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring Shell application as agentry starts it (application.properties, lazily): Spring Shell's line
 * reader reads with agentry's parser, completer and highlighter, and Spring Shell's own command model is never built.
 */
class ShellConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withInitializer(context -> context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
            // no history file: closing the context would save one in the user's config folder
            .withPropertyValues("spring.shell.history.enabled=false")
            .withUserConfiguration(ShellConfiguration.class);

    @Test
    void theLineReaderReadsWithAgentrysParserCompleterAndHighlighter() {
        runner.run(context -> {
            LineReader reader = context.getBean(LineReader.class);
            assertThat(reader.getParser()).isInstanceOf(ShellLineParser.class);
            assertThat(reader.getHighlighter()).isInstanceOf(ShellHighlighter.class);
            assertThat(((org.jline.reader.impl.LineReaderImpl) reader).getCompleter()).isInstanceOf(ShellCompleter.class);
        });
    }

    @Test
    void theRunnerIsAgentrysAndSpringShellsCommandRegistryIsNeverBuilt() {
        runner.run(context -> {
            assertThat(context.getBeansOfType(ApplicationRunner.class)).containsOnlyKeys("springShellApplicationRunner");
            context.getBean(LineReader.class);
            context.getBean(Shell.class);
            assertThat(context.getBeanNamesForType(CommandRegistry.class, false, false)).isEmpty();
            assertThat(context.getBeanNamesForType(org.springframework.shell.core.command.Command.class, false, false)).isEmpty();
        });
    }
}
