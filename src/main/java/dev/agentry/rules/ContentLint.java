package dev.agentry.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the team's text says only true things about its project: each rule is a small named check over one
 * rendered team (its agents, its documents, its variables and the surfaces it works on), returning what it found.
 * {@link ContentRules} runs them as a rule set, by file and line.
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
     * @param deployment the id of the deployment platform
     */
    record Sample(String label, Set<String> surfaces, Map<String, List<String>> surfaceVariables,
            Map<String, List<String>> databaseSurfaces, Map<String, Object> variables, List<Agent> agents,
            Map<String, String> documents, List<String> projectTypeNames, String deployment,
            List<Map.Entry<String, String>> texts) {

        /** A sample whose {@link #texts()} are made from its agents and documents, once (every check reads them). */
        Sample(String label, Set<String> surfaces, Map<String, List<String>> surfaceVariables,
                Map<String, List<String>> databaseSurfaces, Map<String, Object> variables, List<Agent> agents,
                Map<String, String> documents, List<String> projectTypeNames, String deployment) {
            this(label, surfaces, surfaceVariables, databaseSurfaces, variables, agents, documents, projectTypeNames,
                    deployment, texts(agents, documents));
        }

        /**
         * Every agent's text and every document's, without the documents' header line, which records the answers
         * (project type, stack, deployment) rather than saying what anyone does.
         */
        private static List<Map.Entry<String, String>> texts(List<Agent> agents, Map<String, String> documents) {
            List<Map.Entry<String, String>> texts = new ArrayList<>();
            agents.forEach(a -> texts.add(Map.entry(a.name(), a.text())));
            documents.forEach((path, text) -> texts.add(Map.entry(path, text.lines()
                    .filter(line -> !line.startsWith(HEADER)).map(line -> line + "\n").collect(Collectors.joining()))));
            return List.copyOf(texts);
        }

        /** True when a value of the team's variables names the term (then the project has it). */
        boolean variablesName(String term) {
            String lower = term.toLowerCase(Locale.ROOT);
            return variables.values().stream().anyMatch(v -> String.valueOf(v).toLowerCase(Locale.ROOT).contains(lower));
        }
    }

    /**
     * Something a check found.
     *
     * @param where the agent's name, the document's path ({@code CLAUDE.md#team}) or {@code variable KEY}
     * @param excerpt the text found, which gives the finding its line; null when what is wrong is something missing
     */
    record Finding(String check, String where, String detail, String excerpt) {

        Finding(String check, String where, String detail) {
            this(check, where, detail, null);
        }

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
            new MissingProductionGuardrail(), new EmulatorWhereNoneExists(), new TestLevelThatDoesNotFit(),
            new BrowserSignalsInServerTelemetry(), new SinglePageAppAssumption(), new LayerTheFrameworkDoesNotHave(),
            new AnotherPlatformsWording(), new GuardrailMissingAToolsCommand(), new CommandRunTwice(),
            new RepeatedPhrase());

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
                                + " surface, which this team does not work on", term));
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
                    findings.add(new Finding(name(), "variable " + key, "'" + text + "' names a choice; pick one", text));
                }
            });
            for (Map.Entry<String, String> text : sample.texts()) {
                if (text.getValue().contains("one of them per")) {
                    findings.add(new Finding(name(), text.getKey(), "'one of them per ...' leaves the choice open",
                            "one of them per"));
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
                    findings.add(new Finding(name(), text.getKey(), "'" + matcher.group() + "'", matcher.group()));
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
                    // every match holds the name as it is: a text without it is passed over without the regex
                    Matcher matcher = text.getValue().contains(display) ? used.matcher(text.getValue()) : null;
                    if (matcher != null && matcher.find()) {
                        findings.add(new Finding(name(), text.getKey(), "'" + matcher.group() + "'", matcher.group()));
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
            }).map(a -> new Finding(name(), a.name(), "the Approach does not start with a 'When invoked' list", "# Approach"))
                    .toList();
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
                    .map(a -> new Finding(name(), a.name(), "the description does not say 'use proactively'", "description:"))
                    .toList();
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
                            : agent.tools()) + " let it write", "tools:"));
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

    /** The sentences of a text: its lines, each cut at sentence ends and semicolons. */
    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String line : text.split("\n")) {
            for (String sentence : line.split("(?<=[.;:])\\s+(?=\\S)")) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    /**
     * Test doubles of a data store exist for few of them (Firestore's emulator); a sentence that offers "its official
     * emulator" where none exists is untrue. Mobile teams run on device emulators, which is another matter.
     */
    static final class EmulatorWhereNoneExists implements Check {
        private static final Pattern EMULATOR = Pattern.compile("(?i)\\bemulators?\\b");

        @Override
        public String name() {
            return "emulator where none exists";
        }

        @Override
        public List<Finding> check(Sample sample) {
            if (sample.surfaces().contains("mobile") || sample.variablesName("emulator")) {
                return List.of();
            }
            List<Finding> findings = new ArrayList<>();
            for (Map.Entry<String, String> text : sample.texts()) {
                for (String sentence : sentences(text.getValue())) {
                    if (EMULATOR.matcher(sentence).find()) {
                        findings.add(new Finding(name(), text.getKey(), "'" + sentence.strip() + "': no emulator of the team's"
                                + " tools or data store exists in its variables", sentence.strip()));
                    }
                }
            }
            return findings;
        }
    }

    /**
     * Unit, integration and end-to-end mean one thing per stack: a tool that tests parts against real dependencies
     * (Testcontainers, request specs, an API test client, an emulator) is an integration tool, never called
     * end-to-end, and each integration or end-to-end tool of the variables is called by its own level everywhere.
     */
    static final class TestLevelThatDoesNotFit implements Check {
        /** Tools that test parts of the product against real dependencies, not the product as its users reach it. */
        static final List<String> NOT_END_TO_END = List.of("Testcontainers", "request specs", "APIClient", "test client",
                "WebApplicationFactory", "Emulator Suite", "Supertest", "HTTPX", "httptest");
        private static final Pattern END_TO_END = Pattern.compile("(?i)\\b(end-to-end|end to end|e2e)\\b[^;.\\n]*");
        private static final Pattern LEVEL = Pattern.compile("(?i)\\b(end-to-end|end to end|e2e|integration)\\b");

        @Override
        public String name() {
            return "test level that does not fit the tool";
        }

        @Override
        public List<Finding> check(Sample sample) {
            List<Finding> findings = new ArrayList<>();
            for (Map.Entry<String, String> text : sample.texts()) {
                Matcher clause = END_TO_END.matcher(text.getValue());
                while (clause.find()) {
                    for (String tool : NOT_END_TO_END) {
                        if (containsWord(clause.group(), tool)) {
                            findings.add(new Finding(name(), text.getKey(), "'" + clause.group().strip() + "' calls " + tool
                                    + " end-to-end; it tests parts against real dependencies (integration)", clause.group().strip()));
                        }
                    }
                }
            }
            sample.variables().forEach((key, value) -> {
                String level = key.endsWith("integration-framework") ? "integration" : key.endsWith("e2e-framework") ? "end-to-end" : null;
                String tool = String.valueOf(value);
                if (level == null || tool.equals("none")) {
                    return;
                }
                for (Map.Entry<String, String> text : sample.texts()) {
                    int at = text.getValue().indexOf(tool);
                    while (at >= 0) {
                        String said = nearestLevel(text.getValue(), at);
                        if (said != null && !said.equals(level)) {
                            findings.add(new Finding(name(), text.getKey(), "calls " + key + " '" + tool + "' " + said
                                    + " tests; it is the " + level + " tool", tool));
                        }
                        at = text.getValue().indexOf(tool, at + 1);
                    }
                }
            });
            return findings;
        }

        /** The level word nearest before a position, within its sentence; null when there is none. */
        private static String nearestLevel(String text, int at) {
            int start = Math.max(Math.max(text.lastIndexOf('\n', at), text.lastIndexOf(". ", at)), text.lastIndexOf("; ", at));
            Matcher level = LEVEL.matcher(text.substring(Math.max(start, 0), at));
            String found = null;
            while (level.find()) {
                found = level.group(1).equalsIgnoreCase("integration") ? "integration" : "end-to-end";
            }
            return found;
        }
    }

    /** Browser errors and real-user vitals are measured in the browser: a server's traces, metrics or logs get none. */
    static final class BrowserSignalsInServerTelemetry implements Check {
        private static final Pattern BROWSER = Pattern.compile("(?i)(vitals|real-user|browser errors|frontend errors)");
        static final List<String> SERVER_ONLY = List.of("Micrometer", "Prometheus", "structlog", "JSON logs", "structured logs",
                "structured logging", "log/slog", "ILogger", "Pino", "OpenTelemetry Ruby", "Django instrumentation",
                "instrumentation.ts", "server routes", "OTLP", "client_golang");

        @Override
        public String name() {
            return "browser signals in server telemetry";
        }

        @Override
        public List<Finding> check(Sample sample) {
            List<Finding> findings = new ArrayList<>();
            for (Map.Entry<String, String> text : sample.texts()) {
                for (String sentence : sentences(text.getValue())) {
                    if (BROWSER.matcher(sentence).find()) {
                        SERVER_ONLY.stream().filter(term -> sentence.contains(term)).findFirst().ifPresent(term -> findings.add(
                                new Finding(name(), text.getKey(), "'" + sentence.strip() + "' sends browser signals to " + term,
                                        sentence.strip())));
                    }
                }
            }
            return findings;
        }
    }

    /**
     * Pages rendered on the server (HTML over the wire, importmap) have no client bundle, build-time variables, query
     * cache, component stories or JavaScript test runner, unless the stack's own variables name one.
     */
    static final class SinglePageAppAssumption implements Check {
        static final List<String> TERMS = List.of("build-time variables", "bundle size", "Bundle Budget", "query cache", "styles and stories",
                "Storybook", "split by route", "client-side routing", "Vitest", "Jest", "170 KB");

        @Override
        public String name() {
            return "single-page-app assumption in server-rendered pages";
        }

        @Override
        public List<Finding> check(Sample sample) {
            if (!sample.surfaces().contains("web") || !"server".equals(String.valueOf(sample.variables().get("web-rendering")))) {
                return List.of();
            }
            List<Finding> findings = new ArrayList<>();
            for (Map.Entry<String, String> text : sample.texts()) {
                for (String term : TERMS) {
                    if (containsWord(text.getValue(), term) && !sample.variablesName(term)) {
                        findings.add(new Finding(name(), text.getKey(), "'" + term + "' assumes a client-side app; the pages"
                                + " are rendered on the server", term));
                    }
                }
            }
            return findings;
        }
    }

    /**
     * Layers are named as the framework names them: "controllers" only where the stack has them (its layers name
     * them, as in Spring, NestJS and Rails, or its framework's own classes are called so, as in Flutter), not in Go,
     * Django, FastAPI or minimal APIs.
     */
    static final class LayerTheFrameworkDoesNotHave implements Check {
        private static final Pattern CONTROLLER = Pattern.compile("(?i)\\bcontrollers?\\b");
        /** Frameworks whose own classes are called controllers whatever the layers (AnimationController ...). */
        static final List<String> CONTROLLER_CLASSES = List.of("Flutter", "Stimulus");

        @Override
        public String name() {
            return "layer the framework does not have";
        }

        @Override
        public List<Finding> check(Sample sample) {
            if (sample.variablesName("controller") || CONTROLLER_CLASSES.stream().anyMatch(sample::variablesName)) {
                return List.of();
            }
            List<Finding> findings = new ArrayList<>();
            for (Map.Entry<String, String> text : sample.texts()) {
                for (String sentence : sentences(text.getValue())) {
                    if (CONTROLLER.matcher(sentence).find()) {
                        findings.add(new Finding(name(), text.getKey(), "'" + sentence.strip() + "': the stack has no controllers",
                                sentence.strip()));
                    }
                }
            }
            return findings;
        }
    }

    /** A platform's own words only on that platform: Fly.io has health checks, Kubernetes probes. */
    static final class AnotherPlatformsWording implements Check {
        /** Each term and the deployments whose own word it is. */
        static final Map<String, Set<String>> WORDS = Map.of(
                "probe", Set.of("kubernetes", "gcp", "azure"),
                "probes", Set.of("kubernetes", "gcp", "azure"),
                "kubectl", Set.of("kubernetes"),
                "PodDisruptionBudget", Set.of("kubernetes"),
                "HorizontalPodAutoscaler", Set.of("kubernetes"),
                "release_command", Set.of("fly-io"),
                "http_service", Set.of("fly-io"));

        @Override
        public String name() {
            return "another platform's wording";
        }

        @Override
        public List<Finding> check(Sample sample) {
            List<Finding> findings = new ArrayList<>();
            for (Map.Entry<String, String> text : sample.texts()) {
                WORDS.forEach((term, platforms) -> {
                    if (!platforms.contains(sample.deployment()) && containsWord(text.getValue(), term) && !sample.variablesName(term)) {
                        findings.add(new Finding(name(), text.getKey(), "'" + term + "' is the word of " + platforms + ", not of "
                                + sample.deployment(), term));
                    }
                });
            }
            return findings;
        }
    }

    /**
     * The guardrail names the commands of the tools the deployment agent's own text uses: an agent told to declare
     * infrastructure with Terraform is told not to run `terraform apply` on production unconfirmed, and to show
     * `terraform plan` first.
     */
    static final class GuardrailMissingAToolsCommand implements Check {
        /** A tool as the text names it, and the commands its guardrail line must then hold. */
        static final Map<String, List<String>> TOOLS = Map.ofEntries(
                Map.entry("Terraform", List.of("`terraform apply`", "`terraform plan`")),
                Map.entry("Bicep", List.of("`az deployment group create`", "`az deployment group what-if`")),
                Map.entry("Helm", List.of("`helm upgrade`", "`helm diff upgrade`")),
                Map.entry("Argo CD", List.of("`argocd app sync`")),
                Map.entry("firebase deploy", List.of("`firebase deploy`")),
                Map.entry("databricks bundle deploy", List.of("`databricks bundle deploy`", "`databricks bundle validate`")),
                Map.entry("Fastlane", List.of("`fastlane")),
                Map.entry("EAS Submit", List.of("`eas submit`")),
                Map.entry("EAS Update", List.of("`eas update`")),
                Map.entry("Ansible", List.of("`ansible-playbook`")),
                Map.entry("fly deploy", List.of("`fly deploy`")),
                Map.entry("flyctl", List.of("`fly deploy`")),
                Map.entry("AWS CDK", List.of("`cdk deploy`", "`cdk diff`")));

        @Override
        public String name() {
            return "guardrail missing a tool's command";
        }

        @Override
        public List<Finding> check(Sample sample) {
            List<Finding> findings = new ArrayList<>();
            for (Agent agent : sample.agents()) {
                if (!agent.deployment()) {
                    continue;
                }
                String guardrail = agent.body().lines().filter(l -> l.contains("**Production Guardrail**")).findFirst().orElse("");
                TOOLS.forEach((tool, commands) -> {
                    if (containsWord(agent.body(), tool)) {
                        // at the guardrail's line, or at the tool's when there is no guardrail
                        String where = guardrail.isEmpty() ? tool : "**Production Guardrail**";
                        commands.stream().filter(c -> !guardrail.contains(c)).forEach(c -> findings.add(new Finding(name(),
                                agent.name(), "uses " + tool + " but its guardrail does not name " + c, where)));
                    }
                });
            }
            return findings;
        }
    }

    /**
     * One command run twice in one step: the same command as part of another (`uv run ruff check .` inside `uv run
     * ruff check . && uv run mypy .`), or a narrower form of it (`bundle exec rspec spec/system` beside `bundle exec
     * rspec`).
     */
    static final class CommandRunTwice implements Check {
        private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");

        @Override
        public String name() {
            return "command run twice";
        }

        @Override
        public List<Finding> check(Sample sample) {
            List<Finding> findings = new ArrayList<>();
            for (Map.Entry<String, String> text : sample.texts()) {
                for (String line : text.getValue().split("\n")) {
                    List<String> commands = new ArrayList<>();
                    Matcher code = CODE.matcher(line);
                    while (code.find()) {
                        commands.add(code.group(1));
                    }
                    for (String a : commands) {
                        for (String b : commands) {
                            if (!a.equals(b) && runs(b, a)) {
                                findings.add(new Finding(name(), text.getKey(), "`" + b + "` already runs `" + a + "`: " + line.strip(),
                                        "`" + b + "`"));
                            }
                        }
                    }
                }
            }
            return findings;
        }

        /** True when running {@code whole} runs {@code part} too. */
        static boolean runs(String whole, String part) {
            if (List.of(whole.split(" && ")).contains(part)) {
                return true;
            }
            return !part.contains(" && ") && part.startsWith(whole + " ") && !part.substring(whole.length() + 1).startsWith("-");
        }
    }

    /**
     * A substituted value whose words the template says again around it ("critical journeys on emulators and devices
     * with Patrol, on emulators and real devices"): three words of the value, not all filler, found in the rest of
     * its sentence once every value is taken out of it (two values may share words; a template should not).
     */
    static final class RepeatedPhrase implements Check {
        private static final Set<String> FILLER = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with",
                "by", "at", "as", "is", "it", "its", "be", "that", "this", "from", "into", "each", "every", "not", "no");

        @Override
        public String name() {
            return "repeated phrase";
        }

        @Override
        public List<Finding> check(Sample sample) {
            List<String> values = sample.variables().values().stream().filter(v -> v instanceof String).map(String::valueOf)
                    .filter(v -> !v.equals("none") && v.contains(" ")).distinct()
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
            List<Finding> findings = new ArrayList<>();
            for (Map.Entry<String, String> text : sample.texts()) {
                for (String sentence : sentences(text.getValue())) {
                    String rest = sentence;
                    List<String> found = new ArrayList<>();
                    for (String value : values) {
                        if (rest.contains(value)) {
                            found.add(value);
                            rest = rest.replace(value, " | ");
                        }
                    }
                    Set<String> around = grams(rest);
                    for (String value : found) {
                        grams(value).stream().filter(around::contains).findFirst().ifPresent(gram -> findings.add(
                                new Finding(name(), text.getKey(), "'" + gram + "' of '" + value + "' said again in '" + sentence.strip() + "'",
                                        sentence.strip())));
                    }
                }
            }
            return findings;
        }

        /** The runs of three words of a text, lower-cased, leaving out those of filler alone and those across a cut. */
        private static Set<String> grams(String text) {
            Set<String> grams = new java.util.LinkedHashSet<>();
            for (String part : text.toLowerCase(Locale.ROOT).replaceAll("`[^`]*`", " | ").split("[|,;()]")) {
                String[] words = part.strip().split("[^a-z0-9'_-]+");
                for (int i = 0; i + 3 <= words.length; i++) {
                    List<String> gram = List.of(words[i], words[i + 1], words[i + 2]);
                    if (gram.stream().noneMatch(String::isEmpty) && !gram.stream().allMatch(FILLER::contains)) {
                        grams.add(String.join(" ", gram));
                    }
                }
            }
            return grams;
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
