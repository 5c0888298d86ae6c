package dev.agentry.pack;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackSourceTests {

    @TempDir
    Path base;

    @Test
    void urlsOfEveryFormAreGitSourcesWithTheirRefAfterTheHash() {
        assertThat(PackSource.parse("https://github.com/acme/team.git#v1.2.0", base)).isEqualTo(new PackSource(
                "https://github.com/acme/team.git#v1.2.0", PackSource.Kind.GIT, "https://github.com/acme/team.git", "v1.2.0"));
        assertThat(PackSource.parse("ssh://git@host:2222/acme/team", base).location()).isEqualTo("ssh://git@host:2222/acme/team");
        assertThat(PackSource.parse("git@github.com:acme/team.git", base).isGit()).isTrue();
        assertThat(PackSource.parse("file:///srv/packs/team.git/#main", base))
                .extracting(PackSource::location, PackSource::ref).containsExactly("file:///srv/packs/team.git", "main");
        assertThat(PackSource.parse("https://github.com/acme/team.git", base).ref()).isNull();
        assertThat(PackSource.parse("git@github.com:acme/team.git#v2", base).withoutRef()).isEqualTo("git@github.com:acme/team.git");
    }

    @Test
    void aLocalFolderIsAGitSourceOnlyWhenItIsARepository() throws Exception {
        Path plain = Files.createDirectories(base.resolve("plain"));
        Path work = Files.createDirectories(base.resolve("work/.git"));
        Path bare = Files.createDirectories(base.resolve("bare.git"));
        Files.createDirectories(bare.resolve("objects"));
        Files.createDirectories(bare.resolve("refs"));
        Files.writeString(bare.resolve("HEAD"), "ref: refs/heads/main\n");
        assertThat(PackSource.parse("plain", base).kind()).isEqualTo(PackSource.Kind.FOLDER);
        assertThat(PackSource.parse("plain", base).location()).isEqualTo(plain.toString());
        assertThat(PackSource.parse("work", base).kind()).isEqualTo(PackSource.Kind.GIT);
        assertThat(PackSource.parse("bare.git#v1", base)).extracting(PackSource::kind, PackSource::location, PackSource::ref)
                .containsExactly(PackSource.Kind.GIT, bare.toRealPath().toString(), "v1");
        assertThat(work.getParent().toString()).isEqualTo(PackSource.parse(work.getParent().toString(), base).location());
        assertThat(PackSource.parse("missing", base).kind()).isEqualTo(PackSource.Kind.FOLDER);
    }

    @Test
    void aHashWithNothingAfterItOrOnAPlainFolderIsRefused() throws Exception {
        Files.createDirectories(base.resolve("plain"));
        assertThatThrownBy(() -> PackSource.parse("https://github.com/acme/team.git#", base)).isInstanceOf(AgentryException.class)
                .hasMessageContaining("ends with '#' and no ref");
        assertThatThrownBy(() -> PackSource.parse("plain#v1", base)).hasMessageContaining("a #REF needs a git repository");
    }

    @Test
    void theShortNameIsTheRepositorysLastSegmentWithoutDotGit() {
        assertThat(PackSource.parse("https://github.com/acme/team.git#v1", base).shortName()).isEqualTo("team");
        assertThat(PackSource.parse("git@github.com:acme-team.git", base).shortName()).isEqualTo("acme-team");
        assertThat(PackSource.parse("ssh://host/srv/team/", base).shortName()).isEqualTo("team");
    }

    @Test
    void anotherRefIsWrittenAsTheUserWroteTheSource() {
        PackSource source = PackSource.parse("git@github.com:acme/team.git#v1.0.0", base);
        assertThat(source.at("v1.1.0").given()).isEqualTo("git@github.com:acme/team.git#v1.1.0");
        assertThat(PackSource.parse("https://h/team", base).at("main").given()).isEqualTo("https://h/team#main");
    }
}
