package dev.agentry.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.app.Command;
import dev.agentry.app.Outcome;
import dev.agentry.app.PackChange;
import dev.agentry.codec.Codec;
import dev.agentry.compose.Member;
import dev.agentry.compose.Team;
import dev.agentry.format.Formats;
import dev.agentry.format.ToolFormat;
import dev.agentry.merge.Merge;
import dev.agentry.plan.Action;
import dev.agentry.plan.ConflictMarkers;
import dev.agentry.plan.FileAction;
import dev.agentry.plan.Plan;

/** Prints the outcome of generate, update, check and remove for people, or as JSON for scripts. */
public final class Report {

    private Report() {
    }

    public static void human(Outcome outcome, Io io, boolean diffs, boolean verbose) {
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
            io.out().println("  " + line(action, io, verbose));
            if (diffs && action.writes() && action.action() != Action.CREATE) {
                String diff = Merge.unifiedDiff(action.path(), action.before(), action.delete() ? null : effectiveAfter(action));
                diff.lines().forEach(line -> io.out().println("      " + colorDiff(line, io)));
            }
        }
        if (!anything && !plan.actions().isEmpty()) {
            io.out().println("  " + io.dim("all " + plan.actions().size() + " files unchanged"));
        }
        packs(outcome, io);
        outcome.notes().forEach(note -> io.out().println(io.dim("  note: " + note)));
        if (outcome.backups() != null) {
            io.out().println("  backups of overwritten files: " + outcome.backups());
        }
        io.out().println(summary(outcome));
        conflictHint(outcome, io);
    }

    /** One file's line of a plan: its action in a column as wide as the longest, the file (or block), and why. */
    public static String line(FileAction action, Io io, boolean verbose) {
        String where = action.path() + (action.blockId() != null ? " (" + action.blockId() + " block)" : "");
        return label(action.action(), io) + " " + where + (shouldExplain(action, verbose) ? io.dim("  " + action.reason()) : "");
    }

    /** Whether counts tell what a run did, or what a plan (a dry run, a check, the wizard's summary) would do. */
    public enum Tense {
        DONE, PLANNED
    }

    /** How many files each action takes, in the order of the actions: "1 created, 7 unchanged" or "1 to create, ...". */
    public static String counts(Plan plan, Tense tense) {
        List<String> parts = new ArrayList<>();
        plan.counts().forEach((action, n) -> parts.add(n + " " + (tense == Tense.DONE ? action.summary() : planned(action))));
        return String.join(", ", parts);
    }

    /** How a count of files with this action reads in a plan: "3 to create". */
    private static String planned(Action action) {
        return switch (action) {
            case CREATE -> "to create";
            case RESTORE -> "to restore";
            case UPDATE -> "to update";
            case UNCHANGED -> "unchanged";
            case KEEP -> "to keep as you edited them";
            case MERGE -> "to merge";
            case CONFLICT -> "to merge with conflicts";
            case UNRESOLVED -> "with unresolved conflicts";
            case DELETE -> "to delete";
            case ORPHAN -> "to keep but no longer track";
            case REFUSE -> "not written by agentry, in the way";
            case FORCE -> "to overwrite after a backup";
            case ADOPT -> "to adopt as yours";
            case FORGET -> "to forget";
        };
    }

    /** The scaffold packs the run set or moved (or, for check, found newer), one line each. */
    private static void packs(Outcome outcome, Io io) {
        boolean check = outcome.command() == Command.CHECK;
        for (PackChange pack : outcome.packs()) {
            String what = pack.from() == null ? pack.to() : pack.from() + " -> " + pack.to();
            String label = check && pack.from() != null ? "newer version" : pack.from() == null ? "pack" : "upgrade";
            io.out().println("  " + io.colored(String.format("%-14s", label), 36) + " " + pack.name() + "  " + what
                    + io.dim("  " + pack.source()));
        }
        if (check && outcome.packs().stream().anyMatch(p -> p.from() != null)) {
            io.out().println("  " + io.dim("'agentry update --upgrade' moves to the newer versions and merges your edits"));
        }
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
            boolean git = rejPath == null && ConflictMarkers.find(conflict.before()).filter(m -> !m.agentrys()).isPresent();
            io.out().println("  " + conflict.path() + (rejPath != null
                    ? "  agentry's side is in " + rejPath + ": take what you want from it into the file, then delete " + rejPath
                    : git ? "  a git merge conflict: keep what you want, remove the <<<<<<< / ======= / >>>>>>> lines, 'git"
                            + " add' it"
                    : "  conflict markers: keep what you want, remove the <<<<<<< yours / ======= / >>>>>>> agentry lines"));
        }
        if (rej) {
            // --binary: a .rej takes its file's line endings, and GNU patch would strip the CRs of a CRLF one
            io.out().println("A .rej file is a unified diff against the file as it is now: 'patch -p1 --binary < FILE.rej'"
                    + " or 'git apply FILE.rej', run in the repository's folder, takes all of agentry's side.");
        }
        io.out().println("Resolve each, then run 'agentry update' again: it treats the resolved file as yours.");
    }

    private static String headline(Outcome outcome) {
        return switch (outcome.command()) {
            case CHECK -> outcome.exitCode().code() == 0 ? "In sync:" : "Drift:";
            case REMOVE -> outcome.dryRun() ? "Would remove the team from" : "Removed the team from";
            default -> {
                if (outcome.dryRun()) {
                    yield "Plan for";
                }
                if (!outcome.applied()) {
                    yield "Unchanged:";
                }
                // only .agentry/ was rewritten (answers given again, the records brought up to date): the team is as it was
                yield !teamChanged(outcome) ? "Up to date:"
                        : outcome.command() == Command.UPDATE || !firstWrite(outcome.plan()) ? "Updated" : "Generated";
            }
        };
    }

    /**
     * True when the plan is a team's first write: only files new to agentry (created, or the user's own adopted or
     * overwritten). A generate over a team that is there already behaves as update, and its headline says so.
     */
    private static boolean firstWrite(Plan plan) {
        return plan.actions().stream().allMatch(a -> a.action() == Action.CREATE || a.action() == Action.ADOPT
                || a.action() == Action.FORCE || a.action() == Action.REFUSE);
    }

    /** True when the run wrote (or deleted) a file of the team, not only agentry's own records. */
    private static boolean teamChanged(Outcome outcome) {
        return outcome.plan().changesDisk();
    }

    /**
     * What the user does so that the tools whose files this run changed load them: one sentence for each such tool of
     * the team (a tool taken out of the team has nothing to load), none when no tool's files changed.
     */
    private static String restartHint(Outcome outcome) {
        List<String> changed = outcome.plan().written().stream().map(FileAction::path).toList();
        List<String> sentences = new ArrayList<>();
        if (outcome.team() != null) {
            for (String target : outcome.team().answers().targets()) {
                Formats.byId(target).filter(format -> changed.stream().anyMatch(format::owns)).map(ToolFormat::afterUpdate)
                        .filter(s -> !s.isEmpty()).ifPresent(sentences::add);
            }
        }
        boolean ownedByNone = changed.stream().anyMatch(path -> Formats.all().stream().noneMatch(f -> f.owns(path)));
        if (sentences.isEmpty() && ownedByNone) {
            return " Restart your agent tools to load the team.";
        }
        return sentences.isEmpty() ? "" : " " + String.join(" ", sentences);
    }

    private static String summary(Outcome outcome) {
        String planned = counts(outcome.plan(), Tense.PLANNED);
        String done = counts(outcome.plan(), Tense.DONE);
        return switch (outcome.command()) {
            case CHECK -> outcome.exitCode().code() == 0
                    ? "Nothing to update (" + planned + ")."
                    : outcome.plan().with(Action.UNRESOLVED).isEmpty()
                            ? "'agentry update' would change the files above (" + planned + ")."
                            : "Conflicts from an earlier update are still to resolve (" + planned + ").";
            case REMOVE -> outcome.dryRun() ? "Dry run: nothing removed (" + planned + ")." : done + ".";
            default -> {
                if (outcome.dryRun()) {
                    yield "Dry run: nothing written (" + planned + ").";
                }
                if (!outcome.applied()) {
                    yield outcome.plan().hasConflicts() ? "Nothing written: conflicts are still to resolve (" + done + ")."
                            : "Nothing changed: the team is up to date (" + done + ").";
                }
                if (!teamChanged(outcome)) {
                    yield "No team file changed (" + done + "); " + (outcome.answersChanged()
                            ? ".agentry/answers.yml was rewritten." : "agentry's records in .agentry/ were brought up to date.");
                }
                yield done + "." + restartHint(outcome);
            }
        };
    }

    private static boolean shouldExplain(FileAction action, boolean verbose) {
        return verbose || switch (action.action()) {
            case CREATE, UPDATE, UNCHANGED -> false;
            default -> true;
        };
    }

    /** The width of the action column: the longest action label and a space. */
    private static final int LABEL_WIDTH = Arrays.stream(Action.values()).mapToInt(a -> a.label().length()).max().orElse(0) + 1;

    private static String label(Action action, Io io) {
        String text = String.format("%-" + LABEL_WIDTH + "s", action.label());
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

    public static void json(Outcome outcome, Io io, boolean diffs) {
        io.out().print(Codec.writeJson(toMap(outcome, diffs)));
        io.out().flush();
    }

    public static Map<String, Object> toMap(Outcome outcome, boolean diffs) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("command", outcome.command().word());
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
        if (!outcome.packs().isEmpty()) {
            List<Object> packs = new ArrayList<>();
            for (PackChange pack : outcome.packs()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", pack.name());
                entry.put("source", pack.source());
                entry.put("from", pack.from());
                entry.put("to", pack.to());
                packs.add(entry);
            }
            map.put("packs", packs);
        }
        map.put("notes", outcome.notes());
        return map;
    }
}
