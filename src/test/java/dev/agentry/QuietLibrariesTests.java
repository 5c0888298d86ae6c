package dev.agentry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands start without Spring: the libraries' logging is pointed at providers that exist and log nothing. */
class QuietLibrariesTests {

    @Test
    void theSlf4jProviderNamedForCommandsExistsSoThatJGitPrintsNothing() throws Exception {
        String before = System.getProperty("slf4j.provider");
        System.clearProperty("slf4j.provider");
        try {
            AgentryApplication.quietLibraries();
            // SLF4J prints an error and a stack trace to stderr when the provider it is told to use does not exist
            Class<?> provider = Class.forName(System.getProperty("slf4j.provider"));
            assertThat(org.slf4j.spi.SLF4JServiceProvider.class).isAssignableFrom(provider);
            assertThat(provider.getConstructor().newInstance()).isNotNull();
        }
        finally {
            if (before == null) {
                System.clearProperty("slf4j.provider");
            }
            else {
                System.setProperty("slf4j.provider", before);
            }
        }
    }
}
