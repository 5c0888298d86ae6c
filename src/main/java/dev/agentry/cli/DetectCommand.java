package dev.agentry.cli;

import java.nio.file.Path;
import java.util.List;

import dev.agentry.console.DetectReport;
import dev.agentry.console.Io;
import dev.agentry.app.Detect;
import dev.agentry.codec.Codec;

/** {@code agentry detect}: what the repository shows (project type, stack, deployment, team) and why. Writes nothing. */
final class DetectCommand extends AgentryCommand {

    private static final Opt TARGET = Opt.value("target", "DIR", "the repository to look at (default: the current folder)",
            Opt.Values.FOLDERS);

    private final Services services;

    DetectCommand(Services services) {
        super("detect",
                "show the project type, stack, deployment and team the repository calls for, and why (writes nothing)",
                "detect [--target DIR] [--json] [--scaffolds DIR|URL]...",
                List.of(TARGET, CommonOpts.JSON, Opt.repeatable("scaffolds", "DIR|URL", "include custom scaffolds: a folder,"
                        + " or a git repository (URL or path, #REF for a tag, branch or commit)", Opt.Values.FOLDERS),
                        CommonOpts.VERBOSE), 0);
        this.services = services;
    }

    @Override
    public String details() {
        return """
                Reads the repository's paths and manifests (package.json, pom.xml, Gradle scripts, pyproject.toml,
                requirements*.txt, Pipfile, go.mod, Gemfile, *.csproj, pubspec.yaml, *.tf, CI workflows) within its
                limits, skipping node_modules/, vendor/, .git/ and build outputs, and matches them against the signals
                of every stack, project type and deployment of the catalogue. Proposes no deployment unless something
                deploys. Exit 0 (also when nothing was found), 2 when the target cannot be read.
                'agentry generate --detect' writes the team it proposes.""";
    }

    @Override
    int run(Args args, Io io) {
        Path target = CommonOpts.target(args);
        DetectReport report = new DetectReport(new Detect(services.catalogs()).run(target, args.values("scaffolds")));
        if (args.flag("json")) {
            io.out().print(Codec.writeJson(report.toMap()));
        }
        else {
            report.human(io, args.flag("verbose"));
        }
        return 0;
    }
}
