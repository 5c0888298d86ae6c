package dev.agentry.cli;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Trial item 10: the home and config folders are $HOME's and $XDG_CONFIG_HOME's, as the user's shell has them. */
class HomeTests {

    @Test
    void homeIsTheEnvironmentsHomeNotJavasUserHome() {
        assertThat(Home.folder(Map.of("HOME", "/tmp/trial/home"))).isEqualTo("/tmp/trial/home");
        assertThat(Home.folder(Map.of())).isEqualTo(System.getProperty("user.home"));
        assertThat(Home.folder(Map.of("HOME", " "))).isEqualTo(System.getProperty("user.home"));
    }

    @Test
    void theConfigFolderFollowsXdgElseHome() {
        assertThat(Home.configFolder(Map.of("HOME", "/tmp/h"))).isEqualTo(Path.of("/tmp/h/.config/agentry"));
        assertThat(Home.configFolder(Map.of("HOME", "/tmp/h", "XDG_CONFIG_HOME", "/tmp/x"))).isEqualTo(Path.of("/tmp/x/agentry"));
    }

    @Test
    void theShellsTildeIsHome() {
        assertThat(ShellWords.split("check --target ~/nope")).containsExactly("check", "--target", Home.folder() + "/nope");
    }
}
