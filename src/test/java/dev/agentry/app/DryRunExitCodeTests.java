package dev.agentry.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.agentry.Trees;
import dev.agentry.cli.CliHarness.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.agentry.app.Scenario.REVIEWER;
import static dev.agentry.app.Scenario.REVIEWER_V1;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code --dry-run} exits with the code the real run would, and writes nothing, so that a pipeline can ask first. */
class DryRunExitCodeTests {

    @TempDir
    Path target;

    @TempDir
    Path scaffolds;

    /** A situation before a run, the run's arguments, and the exit code both the dry run and the real run give. */
    record Case(String name, Consumer<Scenario> before, List<String> args, int code) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Consumer<Scenario> OVERLAP = s -> {
        s.edit(REVIEWER, "- three\n", "- three, ours\n");
        s.reviewerTemplate(REVIEWER_V1.replace("- three\n", "- three, agentry's\n"));
    };

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("a clean update", s -> { }, List.of("update", "--deployment", "kubernetes"), 0),
                new Case("nothing to do", s -> { }, List.of("update"), 0),
                new Case("an overlap, inline", OVERLAP, List.of("update"), 3),
                new Case("an overlap, rej", OVERLAP, List.of("update", "--conflict", "rej"), 3),
                new Case("unresolved markers", s -> {
                    OVERLAP.accept(s);
                    s.run("update");
                }, List.of("update", "--deployment", "kubernetes"), 3),
                new Case("a pending .rej", s -> {
                    OVERLAP.accept(s);
                    s.run("update", "--conflict", "rej");
                }, List.of("update"), 3),
                new Case("a deleted file", s -> s.delete(REVIEWER), List.of("update"), 0),
                new Case("a file agentry did not write", s -> s.write(".claude/agents/ui-ux-designer.md", "ours\n"),
                        List.of("update", "--agents", "product-manager,backend-engineer,ui-ux-designer"), 2),
                new Case("the same, adopted", s -> s.write(".claude/agents/ui-ux-designer.md", "ours\n"),
                        List.of("update", "--agents", "product-manager,backend-engineer,ui-ux-designer", "--adopt"), 0),
                new Case("the same, generate", s -> s.write(".claude/agents/ui-ux-designer.md", "ours\n"),
                        List.of("generate", "--agents", "product-manager,backend-engineer,ui-ux-designer"), 2),
                new Case("an unknown stack", s -> { }, List.of("update", "--stack", "cobol"), 2))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theDryRunExitsWithTheCodeOfTheRealRun(Case test) {
        Scenario scenario = new Scenario(target, scaffolds);
        assertThat(scenario.generate().code()).isZero();
        test.before().accept(scenario);
        Map<String, String> before = Trees.content(target);
        List<String> dry = new ArrayList<>(test.args().subList(1, test.args().size()));
        dry.add("--dry-run");
        Run dryRun = scenario.run(test.args().get(0), dry.toArray(String[]::new));
        assertThat(Trees.content(target)).as("the dry run writes nothing").isEqualTo(before);
        Run real = scenario.run(test.args().get(0), test.args().subList(1, test.args().size()).toArray(String[]::new));
        assertThat(dryRun.code()).as("dry run: " + dryRun.out() + dryRun.err()).isEqualTo(test.code());
        assertThat(real.code()).as("real run: " + real.out() + real.err()).isEqualTo(test.code());
    }
}
