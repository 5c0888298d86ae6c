package dev.agentry.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustTests {

    @TempDir
    Path home;

    private PackSource source(String text) {
        return PackSource.parse(text, home);
    }

    @Test
    void aPrefixAdmitsWhatContinuesItAfterASeparatorOnly() {
        Trust trust = new Trust(List.of("https://github.com/acme", "git@github.com:acme/", "/srv/packs"), "config.yml");
        assertThat(trust.admits(source("https://github.com/acme/team.git#v1"))).isTrue();
        assertThat(trust.admits(source("https://github.com/acme"))).isTrue();
        assertThat(trust.admits(source("https://github.com/acme-evil/team.git"))).isFalse();
        assertThat(trust.admits(source("git@github.com:acme/team.git"))).isTrue();
        assertThat(trust.admits(source("git@github.com:acmeevil/team.git"))).isFalse();
        assertThat(trust.admits(new PackSource("/srv/packs/team", PackSource.Kind.GIT, "/srv/packs/team", null))).isTrue();
        assertThat(trust.admits(new PackSource("/srv/packsevil", PackSource.Kind.GIT, "/srv/packsevil", null))).isFalse();
        assertThat(Trust.ANY.admits(source("https://anywhere/x.git"))).isTrue();
        assertThat(new Trust(List.of(), "config.yml").admits(source("https://github.com/acme/team.git"))).isFalse();
    }

    @Test
    void theUserConfigListsTrustedPrefixesAndIsReadStrictly() throws Exception {
        Path file = home.resolve("config.yml");
        assertThat(UserConfig.read(file, home).trust()).isEqualTo(Trust.ANY);
        Files.writeString(file, "# our packs\ntrusted-sources:\n  - https://github.com/acme/\n  - ~/packs\n");
        assertThat(UserConfig.read(file, home).trust()).isEqualTo(new Trust(List.of("https://github.com/acme/",
                home.resolve("packs").toString()), file.toString()));
        Files.writeString(file, "trusted-sources: https://github.com/acme/\n");
        assertThatThrownBy(() -> UserConfig.read(file, home)).isInstanceOf(AgentryException.class)
                .hasMessageStartingWith(file + ":1 (trusted-sources): must be a list of source prefixes");
        Files.writeString(file, "trusted-sources:\n  - https://github.com/acme/\n  - \"\"\n");
        assertThatThrownBy(() -> UserConfig.read(file, home)).hasMessage(file + ":3 (trusted-sources): item 2 must be a URL or"
                + " path prefix.");
        Files.writeString(file, "trusted_sources: []\n");
        assertThatThrownBy(() -> UserConfig.read(file, home)).hasMessageContaining(":1: unknown key 'trusted_sources'.");
    }

    @Test
    void placesFollowTheXdgFoldersAndIgnoreRelativeOnes() {
        Path user = Path.of("/home/u");
        Places places = Places.of(name -> switch (name) {
            case "XDG_CACHE_HOME" -> "/var/cache/u";
            case "XDG_CONFIG_HOME" -> "relative/config";
            default -> null;
        }, user, false);
        assertThat(places.packs()).isEqualTo(Path.of("/var/cache/u/agentry/packs"));
        assertThat(places.config()).isEqualTo(Path.of("/home/u/.config/agentry/config.yml"));
        Places windows = Places.of(name -> name.equals("LOCALAPPDATA") ? "/c/Users/u/AppData/Local" : null, user, true);
        assertThat(windows.packs()).isEqualTo(Path.of("/c/Users/u/AppData/Local/agentry/packs"));
    }
}
