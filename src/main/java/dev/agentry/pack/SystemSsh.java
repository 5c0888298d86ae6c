package dev.agentry.pack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RemoteSession2;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.util.FS;

/**
 * SSH through the system's {@code ssh} program, as git itself does: the user's keys, agent, {@code ~/.ssh/config} and
 * known hosts apply. {@code GIT_SSH_COMMAND} (a shell command) or {@code GIT_SSH} (a program) replace it, as for git.
 */
final class SystemSsh extends SshSessionFactory {

    private final UnaryOperator<String> environment;

    /** @param environment reads an environment variable (null when unset) */
    SystemSsh(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public RemoteSession2 getSession(URIish uri, CredentialsProvider credentials, FS fs, int timeout) {
        return new RemoteSession2() {
            @Override
            public Process exec(String command, int timeoutSeconds) throws IOException {
                return exec(command, Map.of(), timeoutSeconds);
            }

            @Override
            public Process exec(String command, Map<String, String> variables, int timeoutSeconds) throws IOException {
                ProcessBuilder builder = new ProcessBuilder(commandLine(uri, command, !variables.isEmpty()));
                builder.environment().putAll(variables);
                try {
                    return builder.start();
                }
                catch (IOException e) {
                    throw new TransportException(uri, "cannot run " + builder.command().get(0) + " for SSH: " + e.getMessage(), e);
                }
            }

            @Override
            public void disconnect() {
                // each exec is its own ssh process, which ends with its command
            }
        };
    }

    /** The command line that runs {@code command} on the remote host. */
    List<String> commandLine(URIish uri, String command, boolean sendEnvironment) {
        List<String> arguments = new ArrayList<>();
        if (uri.getPort() > 0) {
            arguments.add("-p");
            arguments.add(String.valueOf(uri.getPort()));
        }
        if (sendEnvironment) {
            // protocol v2 is asked for through GIT_PROTOCOL, which ssh passes only when told to
            arguments.add("-o");
            arguments.add("SendEnv=GIT_PROTOCOL");
        }
        arguments.add(uri.getUser() == null ? uri.getHost() : uri.getUser() + "@" + uri.getHost());
        arguments.add(command);
        List<String> line = new ArrayList<>();
        String shellCommand = environment.apply("GIT_SSH_COMMAND");
        String program = environment.apply("GIT_SSH");
        if (shellCommand != null && !shellCommand.isBlank()) {
            line.addAll(List.of("sh", "-c", shellCommand + " \"$@\"", "ssh"));
        }
        else {
            line.add(program != null && !program.isBlank() ? program : "ssh");
        }
        line.addAll(arguments);
        return line;
    }

    @Override
    public String getType() {
        return "system ssh";
    }
}
