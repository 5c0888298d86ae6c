package dev.agentry.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.console.Io;
import dev.agentry.app.PackCheck;
import dev.agentry.codec.Codec;
import dev.agentry.support.AgentryException;
import dev.agentry.support.Suggestions;

/** {@code agentry scaffolds check DIR|URL}: what a pack author runs before tagging a version. */
final class ScaffoldsCommand extends AgentryCommand {

    /** How many combinations a finding names before it says how many more. */
    private static final int SHOWN = 3;

    private final PackCheck check;

    ScaffoldsCommand(PackCheck check) {
        super("scaffolds", "check a scaffold pack: render every team it affects, run the format rules and the content lint",
                "scaffolds check DIR|URL[#REF] [--json]", List.of(CommonOpts.JSON, CommonOpts.VERBOSE), 2);
        this.check = check;
    }

    @Override
    public String details() {
        return """
                Renders every combination the pack affects (project type x suitable stack x deployment whose team
                has an agent, stack, type or template of the pack), for every agent tool, and checks each file
                with the format and coherence rules and the content lint (what the team's text says must be true
                of its project: no technology of a surface the team does not work on, no choice left open, a
                Report Back section, a read-only reviewer...). Each problem is printed once with its file and line
                and the combinations it appears in. Exit 0 when there is none, 2 otherwise.
                A folder is checked as it is on disk (uncommitted changes included); a URL or PATH#REF is fetched
                into the pack cache at that ref (the highest version tag without one).""";
    }

    @Override
    int run(Args args, Io io) {
        List<String> positionals = args.positionals();
        if (positionals.isEmpty() || !positionals.get(0).equals("check")) {
            String given = positionals.isEmpty() ? "" : " '" + positionals.get(0) + "'";
            throw AgentryException.usage("scaffolds takes a subcommand" + given + (positionals.isEmpty() ? ""
                    : Suggestions.didYouMean(positionals.get(0), List.of("check"))) + ": agentry scaffolds check DIR|URL.");
        }
        if (positionals.size() < 2) {
            throw AgentryException.usage("scaffolds check needs the pack to check: a folder, or a git URL (URL#REF).");
        }
        PackCheck.Result result = check.run(positionals.get(1));
        if (args.flag("json")) {
            io.out().print(Codec.writeJson(toMap(result)));
        }
        else {
            human(result, io);
        }
        return result.exitCode().code();
    }

    private static void human(PackCheck.Result result, Io io) {
        io.out().println(io.bold("Checked " + result.label()) + " (" + result.version() + "): " + result.combinations()
                + " combination" + (result.combinations() == 1 ? "" : "s") + " of project type x stack x deployment, every"
                + " agent tool.");
        for (PackCheck.Finding finding : result.findings()) {
            io.out().println("  " + io.colored(finding.problem().toString(), 91));
            if (finding.origin() != null) {
                io.out().println(io.dim("      made by " + finding.origin()));
            }
            List<String> combinations = finding.combinations();
            String shown = String.join(", ", combinations.subList(0, Math.min(SHOWN, combinations.size())));
            io.out().println(io.dim("      in " + shown + (combinations.size() > SHOWN ? " and " + (combinations.size() - SHOWN)
                    + " more" : "")));
        }
        io.out().println(result.findings().isEmpty() ? "No problems." : result.findings().size() + " problem"
                + (result.findings().size() == 1 ? "" : "s") + ".");
    }

    private static Map<String, Object> toMap(PackCheck.Result result) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("source", result.source());
        map.put("pack", result.label());
        map.put("version", result.version());
        map.put("combinations", result.combinations());
        List<Object> problems = new ArrayList<>();
        for (PackCheck.Finding finding : result.findings()) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("file", finding.problem().file());
            problem.put("line", finding.problem().line());
            problem.put("rule", finding.problem().rule());
            problem.put("message", finding.problem().message());
            problem.put("origin", finding.origin());
            problem.put("combinations", finding.combinations());
            problems.add(problem);
        }
        map.put("problems", problems);
        map.put("exitCode", result.exitCode().code());
        return map;
    }
}
