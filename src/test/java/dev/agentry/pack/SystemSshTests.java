package dev.agentry.pack;

import java.util.Map;

import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SystemSshTests {

    @Test
    void theSystemsSshRunsTheCommandOnTheHostWithThePortAndUser() throws Exception {
        SystemSsh ssh = new SystemSsh(name -> null);
        assertThat(ssh.commandLine(new URIish("ssh://git@example.com:2222/acme/team.git"), "git-upload-pack '/acme/team.git'",
                true)).containsExactly("ssh", "-p", "2222", "-o", "SendEnv=GIT_PROTOCOL", "git@example.com",
                "git-upload-pack '/acme/team.git'");
        assertThat(ssh.commandLine(new URIish("example.com:acme/team.git"), "git-upload-pack 'acme/team.git'", false))
                .containsExactly("ssh", "example.com", "git-upload-pack 'acme/team.git'");
    }

    @Test
    void gitSshCommandAndGitSshReplaceIt() throws Exception {
        URIish uri = new URIish("git@example.com:acme/team.git");
        assertThat(new SystemSsh(Map.of("GIT_SSH_COMMAND", "ssh -i key")::get).commandLine(uri, "cmd", false))
                .containsExactly("sh", "-c", "ssh -i key \"$@\"", "ssh", "git@example.com", "cmd");
        assertThat(new SystemSsh(Map.of("GIT_SSH", "/usr/bin/plink")::get).commandLine(uri, "cmd", false))
                .containsExactly("/usr/bin/plink", "git@example.com", "cmd");
    }
}
