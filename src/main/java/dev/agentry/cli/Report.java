package dev.agentry.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.app.Outcome;
import dev.agentry.codec.Codec;
import dev.agentry.compose.Member;
import dev.agentry.compose.Team;
import dev.agentry.format.Formats;
import dev.agentry.format.ToolFormat;
import dev.agentry.merge.Merge;
import dev.agentry.plan.Action;
import dev.agentry.plan.FileAction;
import dev.agentry.plan.Plan;

/** Prints the outcome of generate, update, check and remove for people, or as JSON for scripts. */
final class Report {

    private Report() {
    }

    static void human(Outcome outcome, Io io, boolean diffs, boolean verbose) {
        Team team = outcome.team();
        if (team != null) {
            io.out().println(io.bold(headline(outcome)) + " " + team.answers().projectName() + " in " + outcome.target());
            Member deployer = team.deploymentAgent();
            io.out().println(io.dim("  " + team.projectType().name() + " · " + team.stack().name() + " · "
                    + team.deployment().name() + " (" + deployer.name() + ") · " + team.members().size() + " agents"));
        }
        else {
            io.out().println(io.bold(headline(outcome)) + " " + outcome.target());
        }
        Plan plan = outcome.plan();
        boolean anything = false;
        for (FileAction action : plan.actions()) {
            if (action.action() == Action.UNCHANGED && !verbose) {
                continue;
            }
            anything = true;
            String where = action.path() + (action.blockId() != null ? " (" + action.blockId() + " block)" : "");
            io.out().println("  " + label(action.action(), io) + " " + where
                    + (shouldExplain(action, verbose) ? io.dim("  " + action.reason()) : ""));
            if (diffs && action.writes() && action.action() != Action.CREATE) {
                String diff = Merge.unifiedDiff(action.path(), action.before(), action.delete() ? null : effectiveAfter(action));
                diff.lines().forEach(line -> io.out().println("      " + colorDiff(line, io)));
            }
        }
        if (!anything && !plan.actions().isEmpty()) {
            io.out().println("  " + io.dim("all " + plan.actions().size() + " files unchanged"));
        }
        outcome.notes().forEach(note -> io.out().println(io.dim("  note: " + note)));
        if (outcome.backups() != null) {
            io.out().println("  backups of overwritten files: " + outcome.backups());
        }
        io.out().println(summary(outcome));
        conflictHint(outcome, io);
    }

    /**
     * The closing hint: each conflict still to resolve, how (markers in the file, or agentry's side in a .rej beside
     * it), and what then. Check and dry runs name the conflicts already open; those an update would make are in their
     * plan lines.
     */
    private static void conflictHint(Outcome outcome, Io io) {
        List<FileAction> conflicts = outcome.plan().actions().stream()
                .filter(a -> a.action() == Action.UNRESOLVED || a.action() == Action.CONFLICT && !outcome.dryRun()).toList();
        if (conflicts.isEmpty()) {
            return;
        }
        io.out().println();
        io.out().println("Conflicts to resolve in " + conflicts.size() + " file" + (conflicts.size() > 1 ? "s" : "") + ":");
        boolean rej = false;
        for (FileAction conflict : conflicts) {
            String rejPath = conflict.rejPath();
            rej |= rejPath != null;
            io.out().println("  " + conflict.path() + (rejPath != null
                    ? "  agentry's side is in " + rejPath + ": take what you want from it into the file, then delete " + rejPath
                    : "  conflict markers: keep what you want, remove the <<<<<<< yours / ======= / >>>>>>> agentry lines"));
        }
        if (rej) {
            io.out().println("A .rej file is a unified diff against the file as it is now: 'patch -p1 < FILE.rej' or 'git"
                    + " apply FILE.rej', run in the repository's folder, takes all of agentry's side.");
        }
        io.out().println("Resolve each, then run 'agentry update' again: it treats the resolved file as yours.");
    }

    private static String headline(Outcome outcome) {
        return switch (outcome.command()) {
            case "check" -> outcome.exitCode().code() == 0 ? "In sync:" : "Drift:";
            case "remove" -> outcome.dryRun() ? "Would remove the team from" : "Removed the team from";
            default -> {
                if (outcome.dryRun()) {
                    yield "Plan for";
                }
                if (!outcome.applied()) {
                    yield "Unchanged:";
                }
                // only .agentry/ was rewritten (answers given again, the records brought up to date): the team is as it was
                yield !teamChanged(outcome) ? "Up to date:" : outcome.command().equals("update") ? "Updated" : "Generated";
            }
        };
    }

    /** True when the run wrote (or deleted) a file of the team, not only agentry's own records. */
    private static boolean teamChanged(Outcome outcome) {
        return outcome.plan().actions().stream().anyMatch(FileAction::writes);
    }

    /** What the user does so that each tool the team is written for loads it: one sentence per tool. */
    private static String restartHint(Outcome outcome) {
        List<String> sentences = new ArrayList<>();
        if (outcome.team() != null) {
            for (String target : outcome.team().answers().targets()) {
                Formats.byId(target).map(ToolFormat::afterUpdate).filter(s -> !s.isEmpty()).ifPresent(sentences::add);
            }
        }
        return sentences.isEmpty() ? "Restart your agent tools to load the team." : String.join(" ", sentences);
    }

    private static String summary(Outcome outcome) {
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        outcome.plan().actions().forEach(a -> counts.merge(a.action(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((action, n) -> parts.add(n + " " + action.summary()));
        String files = String.join(", ", parts);
        return switch (outcome.command()) {
            case "check" -> outcome.exitCode().code() == 0
                    ? "Nothing to update (" + files + ")."
                    : outcome.plan().with(Action.UNRESOLVED).isEmpty()
                            ? "'agentry update' would change the files above (" + files + ")."
                            : "Conflicts from an earlier update are still to resolve (" + files + ").";
            case "remove" -> (outcome.dryRun() ? "Dry run: nothing was removed. " : "") + files + ".";
            default -> {
                if (outcome.dryRun()) {
                    yield "Dry run: nothing was written (" + files + ").";
                }
                if (!outcome.applied()) {
                    yield outcome.plan().hasConflicts() ? "Nothing written: conflicts are still to resolve (" + files + ")."
                            : "Nothing changed: the team is up to date (" + files + ").";
                }
                if (!teamChanged(outcome)) {
                    yield "No team file changed (" + files + "); " + (outcome.answersChanged()
                            ? ".agentry/answers.yml was rewritten." : "agentry's records in .agentry/ were brought up to date.");
                }
                yield files + ". " + restartHint(outcome);
            }
        };
    }

    private static boolean shouldExplain(FileAction action, boolean verbose) {
        return verbose || switch (action.action()) {
            case CREATE, UPDATE, UNCHANGED -> false;
            default -> true;
        };
    }

    private static String label(Action action, Io io) {
        String text = String.format("%-14s", action.label());
        return switch (action) {
            case CREATE, RESTORE -> io.colored(text, 32);
            case UPDATE, MERGE, FORCE -> io.colored(text, 33);
            case DELETE -> io.colored(text, 31);
            case CONFLICT, UNRESOLVED, REFUSE -> io.colored(text, 91);
            default -> io.dim(text);
        };
    }

    private static String colorDiff(String line, Io io) {
        if (line.startsWith("+") && !line.startsWith("+++")) {
            return io.colored(line, 32);
        }
        if (line.startsWith("-") && !line.startsWith("---")) {
            return io.colored(line, 31);
        }
        return line.startsWith("@@") ? io.colored(line, 36) : line;
    }

    /** The text the file would hold afterwards (for a .rej conflict the file itself does not change). */
    private static String effectiveAfter(FileAction action) {
        return action.after() != null ? action.after() : action.before();
    }

    static void json(Outcome outcome, Io io, boolean diffs) {
        io.out().print(Codec.writeJson(toMap(outcome, diffs)));
        io.out().flush();
    }

    static Map<String, Object> toMap(Outcome outcome, boolean diffs) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("command", outcome.command());
        map.put("target", outcome.target().toString());
        map.put("dryRun", outcome.dryRun());
        map.put("applied", outcome.applied());
        map.put("exitCode", outcome.exitCode().code());
        Team team = outcome.team();
        if (team != null) {
            Map<String, Object> teamMap = new LinkedHashMap<>();
            teamMap.put("projectName", team.answers().projectName());
            teamMap.put("projectType", team.projectType().id());
            teamMap.put("deployment", team.deployment().id());
            teamMap.put("stack", team.stack().id());
            teamMap.put("targets", team.answers().targets());
            teamMap.put("agents", team.members().stream().map(Member::name).toList());
            map.put("team", teamMap);
        }
        List<Object> files = new ArrayList<>();
        for (FileAction action : outcome.plan().actions()) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("path", action.path());
            if (action.blockId() != null) {
                file.put("block", action.blockId());
            }
            file.put("action", action.action().label());
            file.put("reason", action.reason());
            if (diffs && action.writes() && action.action() != Action.CREATE) {
                file.put("diff", Merge.unifiedDiff(action.path(), action.before(), action.delete() ? null : effectiveAfter(action)));
            }
            files.add(file);
        }
        map.put("files", files);
        map.put("answersChanged", outcome.answersChanged());
        if (outcome.backups() != null) {
            map.put("backups", outcome.backups().toString());
        }
        map.put("notes", outcome.notes());
        return map;
    }
}
