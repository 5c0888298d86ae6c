package dev.agentry.cli;

import java.util.List;

import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lines typed in the shell are split into words as a POSIX shell splits them. */
class ShellWordsTests {

    private static List<String> split(String line) {
        return ShellWords.split(line, "/home/me");
    }

    @Test
    void blanksSeparateWords() {
        assertThat(split("  check\t--target   here  ")).containsExactly("check", "--target", "here");
        assertThat(split("")).isEmpty();
        assertThat(split("   ")).isEmpty();
    }

    @Test
    void singleQuotesKeepEverythingLiterally() {
        assertThat(split("generate --target 'with space'")).containsExactly("generate", "--target", "with space");
        assertThat(split("x 'a \"b\" \\n $HOME'")).containsExactly("x", "a \"b\" \\n $HOME");
    }

    @Test
    void doubleQuotesKeepAllButTheirOwnEscapes() {
        assertThat(split("generate --project-name \"Shop API\"")).containsExactly("generate", "--project-name", "Shop API");
        assertThat(split("x \"a \\\"b\\\" \\\\ \\$ \\n 'c'\"")).containsExactly("x", "a \"b\" \\ $ \\n 'c'");
    }

    @Test
    void quotesInsideAWordJoinWithTheRest() {
        assertThat(split("--project-name=\"Shop API\"")).containsExactly("--project-name=Shop API");
        assertThat(split("a'b c'd\"e f\"")).containsExactly("ab cde f");
    }

    @Test
    void aBackslashKeepsTheNextCharacter() {
        assertThat(split("--target with\\ space")).containsExactly("--target", "with space");
        assertThat(split("a\\'b \\\\")).containsExactly("a'b", "\\");
    }

    @Test
    void emptyQuotesAreAnEmptyWord() {
        assertThat(split("--project-name '' x")).containsExactly("--project-name", "", "x");
        assertThat(split("\"\"")).containsExactly("");
    }

    @Test
    void aHashAtTheStartOfAWordBeginsAComment() {
        assertThat(split("check # in sync?")).containsExactly("check");
        assertThat(split("a#b '#c'")).containsExactly("a#b", "#c");
    }

    @Test
    void aLeadingTildeIsTheHomeFolder() {
        assertThat(split("--target ~/code/shop ~ a~b '~/x' \\~/y")).containsExactly("--target", "/home/me/code/shop",
                "/home/me", "a~b", "~/x", "~/y");
        assertThat(split("~other")).containsExactly("~other");
    }

    @Test
    void anUnclosedQuoteIsAUsageErrorThatSaysHowToFixIt() {
        assertThatThrownBy(() -> split("generate --project-name 'Shop"))
                .isInstanceOfSatisfying(AgentryException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessage("The line has an unclosed ' quote: close it ('...'), or type \\' for the character itself.");
        assertThatThrownBy(() -> split("x \"a")).hasMessageContaining("unclosed \" quote");
        assertThatThrownBy(() -> split("x a\\")).hasMessage("The line ends with a backslash: type \\\\ for the character itself.");
    }

    @Test
    void aScanForCompletionKeepsTheUnfinishedWord() {
        ShellWords.Scan scan = ShellWords.scan("generate --target 'my fo", "/h");
        assertThat(scan.texts()).containsExactly("generate", "--target", "my fo");
        assertThat(scan.openQuote()).isEqualTo('\'');
        assertThat(scan.words().get(2).start()).isEqualTo(18);
        assertThat(scan.endsInBlank()).isFalse();
        assertThat(ShellWords.scan("check ", "/h").endsInBlank()).isTrue();
    }

    @Test
    void aQuotedValueSplitsBackToItself() {
        for (String value : List.of("plain", "with space", "it's", "a\"b", "back\\slash", "$HOME", "#tag", "~", "")) {
            assertThat(split("x " + ShellWords.quote(value, (char) 0, true) + " y")).as(value).containsExactly("x", value, "y");
            assertThat(split("x " + ShellWords.quote(value, '\'', true))).as(value).containsExactly("x", value);
            assertThat(split("x " + ShellWords.quote(value, '"', true))).as(value).containsExactly("x", value);
        }
    }
}
