package dev.agentry.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the team's text says only true things about its project: each rule is a small named check over one
 * rendered team (its agents, its documents, its variables and the surfaces it works on), returning what it found.
 */
final class ContentLint {

    /** One agent as the checks see it. */
    record Agent(String name, String role, String description, String body, List<String> tools, boolean deployment) {

        String text() {
            return description + "\n" + body;
        }
    }

    /**
     * One rendered team.
     *
     * @param surfaces the surfaces the team works on (web, mobile, backend, data, ai)
     * @param surfaceVariables for each surface, the values of the variables that describe it (its technologies)
     * @param databaseSurfaces for each surface that needs the stack's database on the platform (its 'database'
     *     workload), the database's name
     * @param variables every resolved variable of the team
     * @param projectTypeNames the display names of every project type of the catalogue
     */
    record Sample(String label, Set<String> surfaces, Map<String, List<String>> surfaceVariables,
            Map<String, List<String>> databaseSurfaces, Map<String, Object> variables, List<Agent> agents,
            Map<String, String> documents, List<String> projectTypeNames) {

        /**
         * Every agent's text and every document's, without the documents' header line, which records the answers
         * (project type, stack, deployment) rather than saying what anyone does.
         */
        List<Map.Entry<String, String>> texts() {
            List<Map.Entry<String, String>> texts = new ArrayList<>();
            agents.forEach(a -> texts.add(Map.entry(a.name(), a.text())));
            documents.forEach((path, text) -> texts.add(Map.entry(path, text.lines()
                    .filter(line -> !line.startsWith(HEADER)).reduce("", (all, line) -> all + line + "\n"))));
            return texts;
        }
    }

    /** Something a check found. */
    record Finding(String check, String where, String detail) {

        @Override
        public String toString() {
            return check + " in " + where + ": " + detail;
        }
    }

    /** A named rule. */
    interface Check {
        String name();

        List<Finding> check(Sample sample);
    }

    /** How the CLAUDE.md and AGENTS.md blocks begin the line that records the answers. */
    static final String HEADER = "Project type: ";

    /** The builder role of each surface. */
    static final Map<String, String> BUILDERS = Map.of("web", "frontend-engineer", "mobile", "mobile-engineer",
            "backend", "backend-engineer", "data", "data-engineer", "ai", "ai-engineer");

    /**
     * Technologies only one surface's builder uses. A term found in a team that does not work on its surface is a
     * sentence that is not true of the project, unless the term also names something of a surface the team works on
     * (Next.js is the backend framework of a Next.js stack too).
     */
    static final Map<String, List<String>> TERMS = Map.of(
            "web", List.of("Playwright", "Vitest", "React Testing Library", "Vite", "Turbo", "Stimulus", "HTMX",
                    "Blazor", "bUnit", "Capybara", "Core Web Vitals", "Next.js", "Nuxt", "Angular", "Pinia", "Hotwire", "TanStack Router",
                    "importmap", "React 19", "bundle size", "Bundle Budget", "NEXT_PUBLIC_", "VITE_"),
            "mobile", List.of("Expo", "React Native", "Maestro", "Flutter", "SwiftUI", "Jetpack Compose", "XCUITest", "Patrol",
                    "TestFlight", "EAS", "App Store", "Google Play", "Riverpod", "Fastlane", "Crashlytics"),
            "backend", List.of("Testcontainers", "Spring Web MVC", "FastAPI", "NestJS", "Django REST Framework", "Flyway",
                    "Alembic", "Prisma", "Entity Framework", "Active Record", "sqlc", "springdoc", "Supertest"),
            "data", List.of("dbt", "Airflow", "Spring Batch", "Great Expectations", "Pandera", "Auto Loader", "medallion"),
            "ai", List.of("MLflow", "promptfoo", "Langfuse", "Spring AI", "torch.compile", "prompt injection"));

    /** Data stores are named only where someone works with data: the backend, the pipelines or the models. */
    static final List<String> DATA_STORE_TERMS = List.of("PostgreSQL", "N+1", "Snowflake", "BigQuery", "Delta Lake");

    static final List<Check> CHECKS = List.of(
            new TechnologyOutsideItsSurface(), new UnresolvedChoice(), new StackedSubstitution(),
            new DisplayNameAsAdjective(), new MissingReportBack(), new MissingWhenInvoked(),
            new MissingProactiveTrigger(), new BuilderWithoutTestCommand(), new ReviewerCanWrite(),
            new MissingProductionGuardrail());

    private ContentLint() {
    }

    static List<Finding> run(Sample sample) {
        List<Finding> findings = new ArrayList<>();
        CHECKS.forEach(check -> findings.addAll(check.check(sample)));
        return findings;
    }

    private static boolean containsWord(String text, String term) {
        int from = text.indexOf(term);
        while (from >= 0) {
            boolean before = from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1));
            int end = from + term.length();
            boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || !Character.isLetterOrDigit(term.charAt(term.length() - 1));
            if (before && after) {
                return true;
            }
            from = text.indexOf(term, from + 1);
        }
        return false;
    }

    /** A technology of a surface the team does not work on. */
    static final class TechnologyOutsideItsSurface implements Check {
        @Override
        public String name() {
            return "technology outside its surface";
        }

        @Override
        public List<Finding> check(Sample sample) {
            StringBuilder active = new StringBuilder();
            sample.surfaces().forEach(s -> sample.surfaceVariables().getOrDefault(s, List.of()).forEach(v -> active.append(v).append('\n')));
            Map<String, String> terms = new LinkedHashMap<>();
            TERMS.forEach((surface, list) -> {
                if (!sample.surfaces().contains(surface)) {
                    list.forEach(term -> terms.putIfAbsent(term, surface));
                }
            });
            // a term of a surface the team works on is allowed even when another surface lists it too
            TERMS.forEach((surface, list) -> {
                if (sample.surfaces().contains(surface)) {
                    list.forEach(terms::remove);
                }
            });
            if (!sample.surfaces().contains("backend") && !sample.surfaces().contains("data") && !sample.surfaces().contains("ai")) {
                DATA_STORE_TERMS.forEach(term -> terms.putIfAbsent(term, "backend, data or ai"));
            }
            // a surface whose pages read the database (a server-rendered web app) may name it
            sample.surfaces().forEach(s -> sample.databaseSurfaces().getOrDefault(s, List.of()).forEach(v -> active.append(v).append('\n')));
            List<Finding> findings = new ArrayList<>();
            for (Map.Entry<String, String> text : sample.texts()) {
                terms.forEach((term, surface) -> {
                    if (containsWord(text.getValue(), term) && !containsWord(active.toString(), term)) {
                        findings.add(new Finding(name(), text.getKey(), "'" + term + "' belongs to the " + surface
                                + " surface, which this team does not work on"));
                    }
                });
            }
            return findings;
        }
    }

    /** A choice left to the reader: "A or B" inside a value that many sentences repeat. */
    static final class UnresolvedChoice implements Check {
        @Override
        public String name() {
            return "unresolved choice";
        }

        @Override
        public List<Finding> check(Sample sample) {
            List<Finding> findings = new ArrayList<>();
            sample.variables().forEach((key, value) -> {
                String text = String.valueOf(value);
                if (text.contains(" or ") || text.contains(", one of them")) {
                    findings.add(new Finding(name(), "variable " + key, "'" + text + "' names a choice; pick one"));
                }
            });
            for (Map.Entry<String, String> text : sample.texts()) {
                if (text.getValue().contains("one of them per")) {
                    findings.add(new Finding(name(), text.getKey(), "'one of them per ...' leaves the choice open"));
                }
            }
            return findings;
        }
    }

    /** The same preposition twice around a substituted value: "tests with xUnit v3 with Shouldly". */
    static final class StackedSubstitution implements Check {
        // a list in between ("with A and the checks with B") is a parallel phrase, not a stacked one
        private static final Pattern STACKED = Pattern.compile("\\b(with|for|through|via) (?:(?! and | or )[^.,;:()\\n`]){1,45}? \\1 ");
        private static final Pattern CODE = Pattern.compile("`[^`\\n]*`");

        @Override
        public String name() {
            return "stacked substitution";
        }

        @Override
        public List<Finding> check(Sample sample) {
            List<Finding> findings = new ArrayList<>();
            for (Map.Entry<String, String> text : sample.texts()) {
                Matcher matcher = STACKED.matcher(CODE.matcher(text.getValue()).replaceAll("CODE"));
                while (matcher.find()) {
                    findings.add(new Finding(name(), text.getKey(), "'" + matcher.group() + "'"));
                }
            }
            return findings;
        }
    }

    /** A project type's display name used as an adjective: "for Backend API applications". */
    static final class DisplayNameAsAdjective implements Check {
        @Override
        public String name() {
            return "display name as adjective";
        }

        private static final Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public List<Finding> check(Sample sample) {
            List<Finding> findings = new ArrayList<>();
            for (String display : sample.projectTypeNames()) {
                Pattern used = PATTERNS.computeIfAbsent(display, d -> Pattern.compile("(\\b(a|an|for|of) " + Pattern.quote(d)
                        + "\\b)|(\\b" + Pattern.quote(d) + " (project|projects|application|applications|app|apps|team|code|work)\\b)"));
                for (Map.Entry<String, String> text : sample.texts()) {
                    Matcher matcher = used.matcher(text.getValue());
                    if (matcher.find()) {
                        findings.add(new Finding(name(), text.getKey(), "'" + matcher.group() + "'"));
                    }
                }
            }
            return findings;
        }
    }

    /** Every agent says what its final message holds. */
    static final class MissingReportBack implements Check {
        @Override
        public String name() {
            return "missing Report Back";
        }

        @Override
        public List<Finding> check(Sample sample) {
            return sample.agents().stream().filter(a -> !a.body().contains("\n# Report Back\n"))
                    .map(a -> new Finding(name(), a.name(), "no '# Report Back' section")).toList();
        }
    }

    /** Every agent's Approach starts with its first steps. */
    static final class MissingWhenInvoked implements Check {
        @Override
        public String name() {
            return "missing When invoked";
        }

        @Override
        public List<Finding> check(Sample sample) {
            return sample.agents().stream().filter(a -> {
                int approach = a.body().indexOf("\n# Approach\n");
                return approach < 0 || !a.body().startsWith("**When invoked:**\n1. ", approach + "\n# Approach\n".length());
            }).map(a -> new Finding(name(), a.name(), "the Approach does not start with a 'When invoked' list")).toList();
        }
    }

    /** The reviewer and the tester act on their own after changes, and say so where the main agent routes. */
    static final class MissingProactiveTrigger implements Check {
        @Override
        public String name() {
            return "missing proactive trigger";
        }

        @Override
        public List<Finding> check(Sample sample) {
            return sample.agents().stream()
                    .filter(a -> a.role().equals("code-reviewer") || a.role().equals("testing-specialist"))
                    .filter(a -> !a.description().toLowerCase(Locale.ROOT).contains("use proactively"))
                    .map(a -> new Finding(name(), a.name(), "the description does not say 'use proactively'")).toList();
        }
    }

    /** A builder is told its surface's real test command, as code. */
    static final class BuilderWithoutTestCommand implements Check {
        @Override
        public String name() {
            return "builder without its test command";
        }

        @Override
        public List<Finding> check(Sample sample) {
            List<Finding> findings = new ArrayList<>();
            for (Agent agent : sample.agents()) {
                String surface = BUILDERS.entrySet().stream().filter(b -> b.getValue().equals(agent.role()))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                if (surface == null) {
                    continue;
                }
                Object command = sample.variables().get(surface + "-test-command");
                if (command == null) {
                    command = sample.variables().get("test-command");
                }
                List<?> commands = command instanceof List<?> list ? list : List.of(String.valueOf(command));
                for (Object each : commands) {
                    if (!"none".equals(String.valueOf(each)) && !agent.body().contains("`" + each + "`")) {
                        findings.add(new Finding(name(), agent.name(), "does not give `" + each + "`"));
                    }
                }
            }
            return findings;
        }
    }

    /** The reviewer reads and runs checks; it cannot change what it reviews, and is told not to. */
    static final class ReviewerCanWrite implements Check {
        private static final Set<String> WRITING = Set.of("Write", "Edit", "MultiEdit", "NotebookEdit");

        @Override
        public String name() {
            return "reviewer that can write";
        }

        @Override
        public List<Finding> check(Sample sample) {
            List<Finding> findings = new ArrayList<>();
            for (Agent agent : sample.agents()) {
                if (!agent.role().equals("code-reviewer")) {
                    continue;
                }
                if (agent.tools().isEmpty() || agent.tools().stream().anyMatch(WRITING::contains)) {
                    findings.add(new Finding(name(), agent.name(), "its tools " + (agent.tools().isEmpty() ? "are all tools"
                            : agent.tools()) + " let it write"));
                }
                String body = agent.body();
                if (!(body.contains("never edit") && body.contains("commit") && body.contains("push"))) {
                    findings.add(new Finding(name(), agent.name(), "no rule against editing, committing and pushing"));
                }
            }
            return findings;
        }
    }

    /** A deployment agent changes production only after the user's explicit confirmation, plan first. */
    static final class MissingProductionGuardrail implements Check {
        @Override
        public String name() {
            return "missing production guardrail";
        }

        @Override
        public List<Finding> check(Sample sample) {
            return sample.agents().stream().filter(Agent::deployment)
                    .filter(a -> !(a.body().contains("**Production Guardrail**") && a.body().contains("against production without the user's explicit confirmation")
                            && a.body().contains("plan")))
                    .map(a -> new Finding(name(), a.name(), "no rule requiring the user's explicit confirmation before production changes"))
                    .toList();
        }
    }

    /**
     * A value given with --set reaches the text: where the old value was written, the new one is, and the old one
     * is gone (as code, for commands).
     */
    static List<Finding> setValueReachesText(Sample before, Sample after, String key, String newValue) {
        return setValueReachesText(before, after, key, newValue, Set.of(key));
    }

    /** The same, for values set together: old words that another of them also held are that one's to change. */
    static List<Finding> setValueReachesText(Sample before, Sample after, String key, String newValue, Set<String> setTogether) {
        Object old = before.variables().get(key);
        if (old == null || "none".equals(String.valueOf(old)) || old instanceof List<?>) {
            return List.of();
        }
        boolean sharedWithAnother = setTogether.stream().filter(k -> !k.equals(key))
                .anyMatch(k -> String.valueOf(before.variables().get(k)).contains(String.valueOf(old)));
        if (sharedWithAnother) {
            return List.of();
        }
        String oldText = key.endsWith("-command") ? "`" + old + "`" : String.valueOf(old);
        String newText = key.endsWith("-command") ? "`" + newValue + "`" : newValue;
        List<Finding> findings = new ArrayList<>();
        Map<String, String> afterTexts = new LinkedHashMap<>();
        after.texts().forEach(t -> afterTexts.put(t.getKey(), t.getValue()));
        // another variable may still hold the old words (a companion's own command, a framework named after its store)
        boolean stillValid = after.variables().entrySet().stream()
                .anyMatch(v -> !v.getKey().equals(key) && String.valueOf(v.getValue()).contains(String.valueOf(old)));
        for (Map.Entry<String, String> text : before.texts()) {
            if (!text.getValue().contains(oldText)) {
                continue;
            }
            String changed = afterTexts.getOrDefault(text.getKey(), "");
            if (changed.contains(oldText)) {
                if (!stillValid) {
                    findings.add(new Finding("--set value that does not reach the text", text.getKey(),
                            "still says '" + oldText + "' after --set " + key + "=" + newValue));
                }
            }
            else if (!changed.contains(newText)) {
                findings.add(new Finding("--set value that does not reach the text", text.getKey(),
                        "dropped '" + oldText + "' but does not say '" + newText + "' after --set " + key));
            }
        }
        return findings;
    }
}
