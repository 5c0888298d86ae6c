package dev.agentry.apply;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DiscoveryTests {

    @TempDir
    Path root;

    private Path folder(String relative) throws Exception {
        return Files.createDirectories(root.resolve(relative));
    }

    @Test
    void theNearestEnclosingTeamIsUsed() throws Exception {
        folder("repo/.git");
        folder("repo/.agentry");
        Path src = folder("repo/src/main");
        Discovery.Located located = Discovery.locate(src);
        assertThat(located.folder()).isEqualTo(root.resolve("repo"));
        assertThat(located.how()).isEqualTo(Discovery.How.TEAM);
        assertThat(located.moved()).isTrue();
        assertThat(located.why()).isEqualTo("the nearest folder above the current one that holds .agentry/");
    }

    @Test
    void aTeamInTheCurrentFolderIsUsedAsItIs() throws Exception {
        Path repo = folder("repo/.agentry").getParent();
        Discovery.Located located = Discovery.locate(repo);
        assertThat(located.folder()).isEqualTo(repo);
        assertThat(located.moved()).isFalse();
    }

    @Test
    void theSearchNeverGoesAboveTheRepositorysTop() throws Exception {
        folder("outer/.agentry");
        folder("outer/repo/.git");
        Path src = folder("outer/repo/src");
        Discovery.Located located = Discovery.locate(src);
        assertThat(located.folder()).isEqualTo(root.resolve("outer/repo"));
        assertThat(located.how()).isEqualTo(Discovery.How.REPOSITORY_TOP);
    }

    @Test
    void aGitFileMarksTheTopToo() throws Exception {
        // a worktree or a submodule has a .git file, not a folder
        folder("super/.agentry");
        Files.writeString(folder("super/module").resolve(".git"), "gitdir: ../.git/modules/module\n");
        Path inside = folder("super/module/lib");
        assertThat(Discovery.locate(inside).folder()).isEqualTo(root.resolve("super/module"));
    }

    @Test
    void withNoTeamTheTopOfTheRepositoryIsUsed() throws Exception {
        folder("repo/.git");
        Discovery.Located located = Discovery.locate(folder("repo/a/b"));
        assertThat(located.folder()).isEqualTo(root.resolve("repo"));
        assertThat(located.how()).isEqualTo(Discovery.How.REPOSITORY_TOP);
    }

    @Test
    void outsideARepositoryTheCurrentFolderIsUsed() throws Exception {
        Path plain = folder("plain/sub");
        // the temporary folder is not inside a repository, nor has a team above it (checked, so the test means it)
        assertThat(Discovery.locate(root).how()).isEqualTo(Discovery.How.CURRENT_FOLDER);
        Discovery.Located located = Discovery.locate(plain);
        assertThat(located.folder()).isEqualTo(plain);
        assertThat(located.how()).isEqualTo(Discovery.How.CURRENT_FOLDER);
        assertThat(located.moved()).isFalse();
    }

    @Test
    void aFileNamedAgentryIsNotATeam() throws Exception {
        folder("repo/.git");
        Files.writeString(folder("repo/src").resolve(".agentry"), "not a folder\n");
        assertThat(Discovery.locate(root.resolve("repo/src")).folder()).isEqualTo(root.resolve("repo"));
    }
}
