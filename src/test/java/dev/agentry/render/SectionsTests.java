package dev.agentry.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionsTests {

    @Test
    void sectionsRunToTheNextHeadingOfTheSameOrAHigherLevel() {
        String body = """
                # Role
                You are the reviewer.

                # Core Responsibilities
                - one
                ## Detail
                - two

                # Approach
                Careful.
                """;
        assertThat(Sections.of(body)).containsExactly(
                java.util.Map.entry("Role", "You are the reviewer."),
                java.util.Map.entry("Core Responsibilities", "- one\n## Detail\n- two"),
                java.util.Map.entry("Detail", "- two"),
                java.util.Map.entry("Approach", "Careful."));
    }

    @Test
    void headingsInsideCodeFencesAreText() {
        String body = "## Role\nRuns:\n```sh\n# not a heading\n```\n## Next\nx\n";
        assertThat(Sections.of(body)).containsEntry("Role", "Runs:\n```sh\n# not a heading\n```").containsKey("Next")
                .doesNotContainKey("not a heading");
    }

    @Test
    void firstParagraphSkipsHeadingsAndStopsAtABlankLine() {
        assertThat(Sections.firstParagraph("# Backend\n\nYou build APIs\nand services.\n\nMore.\n"))
                .isEqualTo("You build APIs\nand services.");
        assertThat(Sections.firstParagraph("# Only a heading\n")).isEmpty();
    }
}
