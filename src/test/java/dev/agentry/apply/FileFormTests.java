package dev.agentry.apply;

import org.junit.jupiter.api.Test;

import dev.agentry.support.Text;

import static org.assertj.core.api.Assertions.assertThat;

class FileFormTests {

    @Test
    void anLfFileIsWrittenAsTheTextIs() {
        assertThat(FileForm.restore("a\nb\n", "a\nc\n")).isEqualTo("a\nc\n");
    }

    @Test
    void aCrlfFileKeepsCrlfOnEveryLineNewOnesIncluded() {
        assertThat(FileForm.restore("a\r\nb\r\n", "a\nb\nnew\n")).isEqualTo("a\r\nb\r\nnew\r\n");
    }

    @Test
    void linesAroundTheChangeKeepTheirOwnEndingsInAMixedFile() {
        String raw = "intro\r\nmore\n<!-- block -->\nold\r\n<!-- end -->\noutro\r\n";
        String after = "intro\nmore\n<!-- block -->\nnew\nlines\n<!-- end -->\noutro\n";
        // the changed lines take the file's most common ending (CRLF: 3 against 3 LF-only, ties go to CRLF here)
        assertThat(FileForm.restore(raw, after))
                .isEqualTo("intro\r\nmore\n<!-- block -->\nnew\r\nlines\r\n<!-- end -->\noutro\r\n");
    }

    @Test
    void theMostCommonEndingIsUsedForNewLines() {
        assertThat(FileForm.restore("a\nb\nc\r\n", "a\nb\nc\nd\n")).isEqualTo("a\nb\nc\r\nd\n");
    }

    @Test
    void aByteOrderMarkIsKept() {
        assertThat(FileForm.restore("\uFEFFa\r\n", "a\nb\n")).isEqualTo("\uFEFFa\r\nb\r\n");
        assertThat(FileForm.restore("\uFEFFa\n", "a\nb\n")).isEqualTo("\uFEFFa\nb\n");
    }

    @Test
    void aMissingFinalLineBreakIsLeftAsTheTextHasIt() {
        assertThat(FileForm.restore("a\r\nlast", "a\nnew\nlast")).isEqualTo("a\r\nnew\r\nlast");
        assertThat(FileForm.restore("a\r\nlast", "a\nlast\n")).isEqualTo("a\r\nlast\r\n");
    }

    @Test
    void oldMacLineEndingsAreKeptToo() {
        assertThat(FileForm.restore("a\rb\r", "a\nx\nb\n")).isEqualTo("a\rx\rb\r");
    }

    @Test
    void theResultAlwaysReadsBackAsTheText() {
        String[] raws = {"", "\r\n", "x", "\uFEFF", "a\r\n\r\nb", "a\n\r\nb\r", "\uFEFF\r\n\n"};
        String[] texts = {"", "\n", "x", "x\n", "a\n\nb", "b\n", "\n\n\n", "a\nb\nc"};
        for (String raw : raws) {
            for (String text : texts) {
                assertThat(Text.normalize(FileForm.restore(raw, text))).as("%s -> %s", raw, text).isEqualTo(text);
            }
        }
    }

    @Test
    void aCrlfFileThatStartsWithAnEmptyLineKeepsItsEndings() {
        assertThat(FileForm.restore("\r\na\r\n", "\na\nb\n")).isEqualTo("\r\na\r\nb\r\n");
    }

    @Test
    void linesAddedOrTakenAtTheStartLeaveTheOthersTheirEndings() {
        assertThat(FileForm.restore("a\r\nb\n", "x\na\nb\n")).isEqualTo("x\r\na\r\nb\n");
        assertThat(FileForm.restore("x\na\r\nb\n", "a\nb\n")).isEqualTo("a\r\nb\n");
        // a repeated last line: the new one is not taken for the old one's neighbour
        assertThat(FileForm.restore("a\nb\r", "a\nb\nb\n")).isEqualTo("a\nb\rb\n");
    }

    @Test
    void aTieBetweenEndingsGoesToCrlfThenToLfNeverToALoneCr() {
        assertThat(FileForm.restore("a\rb\r\n", "a\nb\nc\n")).isEqualTo("a\rb\r\nc\r\n");
        assertThat(FileForm.restore("a\rb\n", "a\nb\nc\n")).isEqualTo("a\rb\nc\n");
        assertThat(FileForm.restore("a\rb\rc\n", "a\nb\nc\nd\n")).isEqualTo("a\rb\rc\nd\r");
    }
}
