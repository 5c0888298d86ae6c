package dev.agentry.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's rehearsal of init: the whole wizard, without a terminal, to the team written. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InitRehearsalTests {

    @TempDir
    Path work;

    @Test
    void goesThroughEveryPromptWithItsDefaultAndWritesTheTeam() throws Exception {
        Path target = work.resolve("shop");
        assertThat(InitRehearsal.rehearse(target.toString())).isZero();
        assertThat(Files.readString(target.resolve(".agentry/answers.yml"))).contains("project-name: shop",
                "project-type: web-app", "deployment: aws");
        assertThat(target.resolve(".claude/agents/aws-deployment-engineer.md")).exists();
        assertThat(target.resolve("CLAUDE.md")).exists();
    }
}
