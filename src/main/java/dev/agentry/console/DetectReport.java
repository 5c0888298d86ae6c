package dev.agentry.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.detect.Candidate;
import dev.agentry.detect.Detection;
import dev.agentry.detect.Evidence;
import dev.agentry.detect.Proposal;
import dev.agentry.detect.Skipped;
import dev.agentry.interview.Keys;

/** Prints what {@code agentry detect} found, for people or as JSON. */
public final class DetectReport {

    private static final List<String> SINGLE = List.of(Keys.PROJECT_TYPE, Keys.STACK, Keys.DEPLOYMENT);
    private static final int SKIPPED_SHOWN = 10;

    private final Detection detection;
    private final Proposal proposal;

    public DetectReport(Detection detection) {
        this.detection = detection;
        this.proposal = detection.proposal();
    }

    public void human(Io io, boolean verbose) {
        String scanned = detection.pathsSeen() + " paths, " + detection.manifestsRead() + " manifest"
                + (detection.manifestsRead() == 1 ? "" : "s") + " read"
                + (detection.truncated() ? ", stopped at a limit" : "");
        if (proposal.isEmpty()) {
            io.out().println(io.bold("Nothing detected") + " in " + detection.root() + io.dim("  (" + scanned + ")"));
            io.out().println("  No manifest, file or CI step here matches a signal of the catalogue's stacks, project types"
                    + " or deployments.");
        }
        else {
            io.out().println(io.bold("Detected") + " in " + detection.root() + io.dim("  (" + scanned + ")"));
        }
        for (String key : SINGLE) {
            String value = proposal.value(key).orElse(null);
            String label = key.replace('-', ' ');
            if (value == null) {
                io.out().printf("  %-13s %-18s %s%n", label, "none", io.dim(nothingFor(key)));
            }
            else {
                io.out().printf("  %-13s %-18s %s%n", label, value, io.dim(proposal.summary(key)));
            }
            if (verbose) {
                proposal.evidence(key).forEach(e -> io.out().println(io.dim(String.format("      %5.2f  %s: %s", e.score(),
                        e.path(), e.why()))));
            }
        }
        if (!proposal.agents().isEmpty()) {
            io.out().printf("  %-13s %s%n", "team", String.join(", ", proposal.agents()));
            for (String added : proposal.addedAgents()) {
                proposal.evidence(Keys.AGENTS).stream().filter(e -> e.value().equals(added)).findFirst()
                        .ifPresent(e -> io.out().println(io.dim(String.format("  %-13s + %s, called for by %s (%s)", "",
                                added, e.why(), e.path()))));
            }
        }
        if (!proposal.surfaces().isEmpty()) {
            List<String> surfaces = proposal.surfaces().stream().map(s -> s.id() + " " + score(s.score())).toList();
            io.out().printf("  %-13s %s%n", "surfaces", String.join(", ", surfaces));
        }
        alternatives(io);
        legacy(io);
        skipped(io, verbose);
        if (detection.hasAgentryTeam()) {
            io.out().println("  This repository already has an agentry team (.agentry/answers.yml): its answers come before"
                    + " anything detected.");
        }
        else if (!proposal.isEmpty()) {
            io.out().println("To write this team: agentry generate --detect" + (detection.root().toString().equals(
                    java.nio.file.Path.of("").toAbsolutePath().toString()) ? "" : " --target " + detection.root())
                    + "  (options you give win over what is detected)");
        }
    }

    private static String nothingFor(String key) {
        return switch (key) {
            case Keys.DEPLOYMENT -> "nothing here deploys (no platform file, infrastructure code or CI deploy step):"
                    + " choose one with --deployment";
            case Keys.STACK -> "no framework the catalogue's stacks name: choose one with --stack";
            default -> "no web, backend, mobile, AI or data surface found: choose one with --project-type";
        };
    }

    private void alternatives(Io io) {
        List<String> lines = new ArrayList<>();
        proposal.alternatives().forEach((key, candidates) -> {
            if (!candidates.isEmpty()) {
                lines.add(key + " " + String.join(", ", candidates.stream().map(c -> c.id() + " (" + score(c.score()) + ")")
                        .toList()));
            }
        });
        if (!lines.isEmpty()) {
            io.out().printf("  %-13s %s%n", "also seen", io.dim(String.join("; ", lines)));
        }
    }

    private void legacy(Io io) {
        detection.legacyTeam().ifPresent(legacy -> {
            io.out().println("  " + io.bold("Legacy team:") + " " + legacy.files().size() + " agent file"
                    + (legacy.files().size() == 1 ? " in .claude/agents/ still holds" : "s in .claude/agents/ still hold")
                    + " template placeholders ("
                    + String.join(", ", legacy.placeholders().stream().map(p -> "{{" + p + "}}").toList())
                    + "): installed from a template collection and never filled in.");
            io.out().println(io.dim("    " + String.join(", ", legacy.files())));
            List<String> fillable = legacy.placeholders().stream().filter(p -> !legacy.unknown().contains(p)).toList();
            StringBuilder adopt = new StringBuilder("    --adopt keeps those the team writes as yours");
            if (!fillable.isEmpty()) {
                adopt.append(", with ").append(braces(fillable)).append(" filled from the answers");
            }
            if (!legacy.unknown().isEmpty()) {
                adopt.append("; ").append(braces(legacy.unknown())).append(" agentry has no value for: left as")
                        .append(legacy.unknown().size() == 1 ? " it is" : " they are");
            }
            io.out().println(io.dim(adopt.toString()));
        });
    }

    private static String braces(List<String> names) {
        return String.join(", ", names.stream().map(p -> "{{" + p + "}}").toList());
    }

    private void skipped(Io io, boolean verbose) {
        List<Skipped> skipped = detection.skipped();
        if (skipped.isEmpty()) {
            return;
        }
        io.out().println("  skipped:");
        int shown = verbose ? skipped.size() : Math.min(SKIPPED_SHOWN, skipped.size());
        for (Skipped item : skipped.subList(0, shown)) {
            io.out().println(io.dim("    " + item.path() + ": " + item.why()));
        }
        if (shown < skipped.size()) {
            io.out().println(io.dim("    and " + (skipped.size() - shown) + " more (--verbose lists them)"));
        }
    }

    /** The JSON of {@code detect --json}. */
    public Map<String, Object> toMap() {
        Map<String, Object> answers = new LinkedHashMap<>();
        SINGLE.forEach(key -> answers.put(key, proposal.value(key).orElse(null)));
        answers.put(Keys.AGENTS, proposal.agents().isEmpty() ? null : proposal.agents());
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("answers", answers);
        map.put("evidence", proposal.evidence().stream().map(DetectReport::evidence).toList());
        Map<String, Object> alternatives = new LinkedHashMap<>();
        proposal.alternatives().forEach((key, candidates) -> alternatives.put(key, candidates.stream()
                .map(DetectReport::candidate).toList()));
        map.put("alternatives", alternatives);
        map.put("addedAgents", proposal.addedAgents());
        map.put("surfaces", proposal.surfaces().stream().map(DetectReport::candidate).toList());
        map.put("legacyTeam", detection.legacyTeam().map(legacy -> {
            Map<String, Object> team = new LinkedHashMap<>();
            team.put("files", legacy.files());
            team.put("placeholders", legacy.placeholders());
            team.put("unknown", legacy.unknown());
            return (Object) team;
        }).orElse(null));
        map.put("agentryTeam", detection.hasAgentryTeam());
        map.put("skipped", detection.skipped().stream().map(s -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("path", s.path());
            item.put("why", s.why());
            return item;
        }).toList());
        Map<String, Object> scanned = new LinkedHashMap<>();
        scanned.put("root", detection.root().toString());
        scanned.put("paths", detection.pathsSeen());
        scanned.put("manifests", detection.manifestsRead());
        scanned.put("bytes", detection.bytesRead());
        scanned.put("complete", !detection.truncated());
        map.put("scanned", scanned);
        return map;
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("key", e.key());
        item.put("value", e.value());
        item.put("path", e.path());
        item.put("why", e.why());
        item.put("score", rounded(e.score()));
        return item;
    }

    private static Map<String, Object> candidate(Candidate c) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("value", c.id());
        item.put("score", rounded(c.score()));
        return item;
    }

    private static double rounded(double score) {
        return Math.round(score * 100) / 100.0;
    }

    private static String score(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.2f", value);
    }
}
