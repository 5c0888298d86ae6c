package dev.agentry.cli;

import dev.agentry.console.Io;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Help is wrapped to the output's width: the terminal's, or 80 columns when it is unknown (piped output). */
class HelpTextTests {

    private static String help(int width, String... args) {
        StringWriter out = new StringWriter();
        Io io = new Io(new PrintWriter(out), new PrintWriter(new StringWriter()), false, false, () -> width);
        assertThat(Cli.create(Cli.Surface.COMMAND_LINE, null, null, List.of()).run(args, io)).isZero();
        return out.toString();
    }

    private static int widest(String text) {
        return Arrays.stream(text.split("\n")).mapToInt(String::length).max().orElse(0);
    }

    @Test
    void helpFitsEightyColumnsWhenTheWidthIsUnknown() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"help", "generate"}, new String[] {"help", "update"},
                new String[] {"help", "init"}, new String[] {"generate", "--help"})) {
            CliHarness.Run run = CliHarness.run(args);
            assertThat(widest(run.out())).as(String.join(" ", args)).isLessThanOrEqualTo(80);
        }
    }

    @Test
    void helpFollowsTheTerminalsWidth() {
        assertThat(widest(help(60, "help", "update"))).isLessThanOrEqualTo(60);
        assertThat(widest(help(50, "--help"))).isLessThanOrEqualTo(50);
        String wide = help(200, "help", "generate");
        assertThat(wide).contains("--targets ID,ID...         agent tools to write for: claude, agents-md, copilot, gemini,"
                + " opencode, codex, qwen, kilo, droid, cursor, kiro, roo, augment (default: claude)\n");
        assertThat(widest(wide)).isGreaterThan(80);
    }

    @Test
    void wrappedDescriptionsContinueUnderThemselves() {
        String help = help(60, "help", "generate");
        assertThat(help).contains("  --targets-from FILE        fleet mode: read the\n                             repositories");
    }

    @Test
    void tablesInTheDetailsKeepTheirColumns() {
        String help = help(70, "help", "update");
        assertThat(help).contains("  edited by you, changed      -> three-way merge; overlapping edits\n"
                + "                                 become conflicts (exit 3)");
    }

    @Test
    void wrapBreaksAtSpacesOnly() {
        assertThat(HelpText.wrap("aaa bbb ccc", 7, 2)).isEqualTo("aaa bbb\n  ccc");
        assertThat(HelpText.wrap("averyveryverylongword x", 10, 0)).isEqualTo("averyveryverylongword\nx");
        assertThat(HelpText.item("--name VALUE-THAT-IS-LONG", "text", 12, 80)).isEqualTo("  --name VALUE-THAT-IS-LONG\n            text\n");
    }
}
