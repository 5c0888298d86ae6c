package dev.agentry.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictMarkersTests {

    @Test
    void gitsMarkersAreFoundWithTheirLineAndLabels() {
        ConflictMarkers.Found found = ConflictMarkers.find("a\n<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> teammate\nb\n").orElseThrow();
        assertThat(found.line()).isEqualTo(2);
        assertThat(found.agentrys()).isFalse();
        assertThat(found.shown()).isEqualTo("<<<<<<< HEAD ... >>>>>>> teammate");
    }

    @Test
    void agentrysOwnMarkersAreToldApart() {
        assertThat(ConflictMarkers.find("<<<<<<< yours\nx\n=======\ny\n>>>>>>> agentry\n")).get()
                .extracting(ConflictMarkers.Found::agentrys).isEqualTo(true);
    }

    @Test
    void crlfAndDiff3StylesAreFound() {
        assertThat(ConflictMarkers.find("a\r\n<<<<<<< HEAD\r\nx\r\n||||||| base\r\nw\r\n=======\r\ny\r\n>>>>>>> b\r\n"))
                .get().extracting(ConflictMarkers.Found::line).isEqualTo(2);
    }

    @Test
    void anIncompleteOrIndentedMarkerIsNoConflict() {
        assertThat(ConflictMarkers.find("<<<<<<< HEAD\nx\n=======\ny\n")).isEmpty();
        assertThat(ConflictMarkers.find("<<<<<<< HEAD\nx\n>>>>>>> b\n")).isEmpty();
        assertThat(ConflictMarkers.find("  <<<<<<< HEAD\nx\n=======\ny\n  >>>>>>> b\n")).isEmpty();
        assertThat(ConflictMarkers.find("<<<<<<<<<< not one\n=======\n>>>>>>> b\n")).isEmpty();
        assertThat(ConflictMarkers.find("plain text\n")).isEmpty();
    }
}
