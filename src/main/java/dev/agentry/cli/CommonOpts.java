package dev.agentry.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.agentry.app.Outcome;
import dev.agentry.app.Request;
import dev.agentry.app.Upgrades;
import dev.agentry.apply.Discovery;
import dev.agentry.codec.Codec;
import dev.agentry.format.Formats;
import dev.agentry.interview.Keys;
import dev.agentry.plan.ConflictStyle;
import dev.agentry.plan.ForeignFiles;
import dev.agentry.support.AgentryException;

/** The options shared by commands that take answers, and their conversion into a request. */
final class CommonOpts {

    static final Opt TARGET = Opt.value("target", "DIR",
            "the repository to write into (default: the enclosing team or git repository)", Opt.Values.FOLDERS);
    static final Opt TARGETS = Opt.repeatable("target", "DIR",
            "a repository to work on (default: the enclosing team or git repository); several for fleet mode",
            Opt.Values.FOLDERS);
    static final Opt TARGETS_FROM = Opt.value("targets-from", "FILE",
            "fleet mode: read the repositories from a file, one path per line (# comments allowed)", Opt.Values.FILES);
    static final Opt JSON = Opt.flag("json", "print the result as JSON on stdout");
    static final Opt VERBOSE = Opt.flag("verbose", "explain every file; stack traces for internal errors");
    static final Opt DRY_RUN = Opt.flag("dry-run", "print the plan (and what would change) without writing anything");

    static final List<Opt> ANSWERS = List.of(
            Opt.value("project-type", "ID", "the project type (agentry list project-types)", Opt.Values.PROJECT_TYPES),
            Opt.value("deployment", "ID", "the deployment platform, which adds its deployment agent", Opt.Values.DEPLOYMENTS),
            Opt.value("stack", "ID", "the technology stack; must suit the project type", Opt.Values.STACKS),
            Opt.value("project-name", "NAME", "the project's name (default: the target folder's name)"),
            Opt.value("agents", "ID,ID...", "the team's roles (default: the project type's team; required for custom)",
                    Opt.Values.AGENTS),
            Opt.value("targets", "ID,ID...", "agent tools to write for: " + String.join(", ", Formats.ids()) + " (default: "
                    + Formats.ids().get(0) + ")", Opt.Values.TARGETS),
            Opt.value("answers", "FILE", "read answers from a YAML file (keys as in .agentry/answers.yml)", Opt.Values.FILES),
            Opt.repeatable("set", "KEY=VALUE", "set an answer, stack variable or setting (claude-md=false ...)", Opt.Values.NONE),
            Opt.repeatable("scaffolds", "DIR|URL", "scaffolds layered over the built-in ones: a folder, or a git repository"
                    + " (URL or path, #REF for a tag, branch or commit)", Opt.Values.FOLDERS));

    static final Opt DETECT = Opt.flag("detect",
            "fill every answer not given otherwise from what the repository shows (see agentry detect)");
    static final Opt FORCE = Opt.flag("force", "overwrite files agentry did not write (a backup of each is kept)");
    static final Opt ADOPT = Opt.flag("adopt", "keep files agentry did not write as yours; later updates merge into them");
    static final Opt CONFLICT = Opt.value("conflict", "inline|rej",
            "on overlapping edits: write conflict markers (inline, default), or keep your side and write agentry's to FILE.rej",
            Opt.Values.CONFLICT_STYLES);

    static final Opt UPGRADE = Opt.optionalValue("upgrade", "NAME=REF", "move every git scaffold pack to its newest"
            + " version, or pack NAME to REF (tag, branch or commit); asks the packs' repositories");
    static final Opt UPGRADES = Opt.flag("upgrades", "also ask each git scaffold pack's repository for a newer version"
            + " (reaches the network); exit 5 when one has");

    private CommonOpts() {
    }

    static Request request(Args args) {
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String key : List.of(Keys.PROJECT_TYPE, Keys.DEPLOYMENT, Keys.STACK, Keys.PROJECT_NAME, Keys.AGENTS, Keys.TARGETS)) {
            if (args.has(key)) {
                flags.put(key, args.value(key));
            }
        }
        Map<String, Object> sets = new LinkedHashMap<>();
        for (String assignment : args.values("set")) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                throw AgentryException.usage("--set takes KEY=VALUE (for example --set claude-md=false), not '" + assignment + "'.");
            }
            sets.put(assignment.substring(0, equals).strip(), assignment.substring(equals + 1));
        }
        Path answers = args.has("answers") ? Path.of(args.value("answers")) : null;
        return Request.to(target(args)).flags(flags).sets(sets).answersFile(answers).scaffolds(args.values("scaffolds"))
                .dryRun(args.flag("dry-run")).foreignFiles(foreignFiles(args)).conflictStyle(conflictStyle(args))
                .detect(args.flag("detect")).upgrades(upgrades(args)).timings(args.timings()).build();
    }

    /** {@code --upgrade} (every pack to its newest version) and {@code --upgrade NAME=REF} (one pack to a ref). */
    private static Upgrades upgrades(Args args) {
        List<String> values = args.values("upgrade");
        Map<String, String> refs = new LinkedHashMap<>();
        for (String value : values) {
            int equals = value.indexOf('=');
            if (value.isEmpty()) {
                continue;
            }
            if (equals <= 0 || equals == value.length() - 1) {
                throw AgentryException.usage("--upgrade takes NAME=REF (for example --upgrade acme-team=v1.4.0), or nothing for"
                        + " every pack's newest version; not '" + value + "'.");
            }
            refs.put(value.substring(0, equals).strip(), value.substring(equals + 1).strip());
        }
        boolean all = values.contains("");
        return values.isEmpty() ? Upgrades.NONE : new Upgrades(all ? Upgrades.Mode.NEWEST : Upgrades.Mode.PINNED, refs);
    }

    /**
     * The {@code agentry generate} line that makes this request without questions (the inverse of {@link #request}), for
     * a person to copy: a wizard that wrote nothing gives its answers back this way.
     */
    static String generateLine(Request request) {
        List<String> words = new ArrayList<>(List.of("agentry", "generate", "--target", request.target().toString()));
        request.flags().forEach((key, value) -> {
            String text = value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                    : String.valueOf(value);
            if (!text.isEmpty()) {
                words.addAll(List.of("--" + key, text));
            }
        });
        request.sets().forEach((key, value) -> words.addAll(List.of("--set", key + "=" + value)));
        if (request.answersFile() != null) {
            words.addAll(List.of("--answers", request.answersFile().toString()));
        }
        request.scaffolds().forEach(source -> words.addAll(List.of("--scaffolds", source)));
        switch (request.foreignFiles()) {
            case ADOPT -> words.add("--adopt");
            case OVERWRITE -> words.add("--force");
            default -> { }
        }
        if (request.conflictStyle() == ConflictStyle.REJ) {
            words.addAll(List.of("--conflict", "rej"));
        }
        return String.join(" ", words.stream().map(ShellWords::word).toList());
    }

    private static ForeignFiles foreignFiles(Args args) {
        if (args.flag("adopt") && args.flag("force")) {
            throw AgentryException.usage("--adopt and --force answer the same question in two ways: --adopt keeps the files"
                    + " agentry did not write as yours, --force overwrites them after a backup. Give one of them.");
        }
        return args.flag("adopt") ? ForeignFiles.ADOPT : args.flag("force") ? ForeignFiles.OVERWRITE : ForeignFiles.REFUSE;
    }

    /**
     * The target: --target, or the one folder --targets-from lists, or else the folder found from the current one as
     * git finds its repository ({@link Discovery}).
     */
    static Path target(Args args) {
        if (args.has("target")) {
            return Path.of(args.value("target"));
        }
        if (args.has("targets-from")) {
            return targets(args).get(0);
        }
        Discovery.Located located = Discovery.locate(Path.of(""));
        FOUND.set(located);
        return located.folder();
    }

    /**
     * The folder the last {@link #target} of this thread found, kept for the report: found again after the run it could
     * read otherwise (a first generate creates the .agentry/ it would then find).
     */
    private static final ThreadLocal<Discovery.Located> FOUND = new ThreadLocal<>();

    /**
     * The note saying which folder the last {@link #target} of this thread found, when it is not the current one and no
     * target was given; for a command that says so before its run (init, before its first question).
     */
    static Optional<String> where(Args args) {
        Discovery.Located located = FOUND.get();
        FOUND.remove();
        if (located == null || args.has("target") || args.has("targets-from") || !located.moved()) {
            return Optional.empty();
        }
        return Optional.of("working in " + located.folder() + ": " + located.why());
    }

    /** The outcome, with a note saying which folder was used when it was found above the current one. */
    static Outcome withWhere(Outcome outcome, Args args) {
        Discovery.Located located = FOUND.get();
        FOUND.remove();
        if (located == null || args.has("target") || args.has("targets-from") || !located.moved()
                || !located.folder().equals(outcome.target())) {
            return outcome;
        }
        return outcome.withNote("working in " + located.folder() + ": " + located.why());
    }

    /** Every target given: --target (repeatable) and the lines of --targets-from; the one found when none. */
    static List<Path> targets(Args args) {
        List<Path> targets = new ArrayList<>();
        args.values("target").forEach(t -> targets.add(Path.of(t)));
        if (args.has("targets-from")) {
            Path file = Path.of(args.value("targets-from"));
            String text;
            try {
                text = Codec.decode(Files.readAllBytes(file), file.toString());
            }
            catch (IOException e) {
                throw AgentryException.usage("--targets-from " + file + ": cannot read the file (" + e.getMessage() + ").");
            }
            text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> targets.add(Path.of(l)));
            if (targets.isEmpty()) {
                throw AgentryException.usage("--targets-from " + file + " lists no targets.");
            }
        }
        return targets.isEmpty() ? List.of(target(args)) : targets;
    }

    private static ConflictStyle conflictStyle(Args args) {
        String value = args.value("conflict");
        if (value == null || value.equals("inline")) {
            return ConflictStyle.INLINE;
        }
        if (value.equals("rej")) {
            return ConflictStyle.REJ;
        }
        throw AgentryException.usage("--conflict takes 'inline' or 'rej', not '" + value + "'.");
    }
}
