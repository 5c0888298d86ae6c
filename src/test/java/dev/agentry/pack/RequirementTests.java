package dev.agentry.pack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequirementTests {

    @Test
    void everyBoundMustHold() {
        Requirement range = Requirement.parse(">=0.2, <1.0");
        assertThat(range.admits("0.2.0")).isTrue();
        assertThat(range.admits("0.9.9")).isTrue();
        assertThat(range.admits("0.1.9")).isFalse();
        assertThat(range.admits("1.0.0")).isFalse();
        assertThat(Requirement.parse(">= 0.2 <1").admits("0.5")).isTrue();
        assertThat(Requirement.parse(">0.1").admits("0.1.0")).isFalse();
        assertThat(Requirement.parse("<=0.1").admits("0.1.0")).isTrue();
        assertThat(Requirement.parse("=0.1.0").admits("0.1")).isTrue();
        assertThat(Requirement.parse("==0.1.0").admits("0.1.1")).isFalse();
        assertThat(Requirement.parse(">=0.2").admits("0.2.0-rc.1")).isFalse();
    }

    @Test
    void aDevelopmentBuildSatisfiesEveryRequirement() {
        assertThat(Requirement.parse(">=99").admits("dev")).isTrue();
    }

    @Test
    void aMalformedRequirementSaysWhatToWrite() {
        assertThatThrownBy(() -> Requirement.parse("0.2")).hasMessage("'0.2' is not a version comparison; write an operator"
                + " (>=, >, <=, <, =) and a version, such as \">=0.2\" or \">=0.2, <1.0\"");
        assertThatThrownBy(() -> Requirement.parse(">=abc")).hasMessageStartingWith("'>=abc' is not a version comparison");
        assertThatThrownBy(() -> Requirement.parse(" ")).hasMessageStartingWith("it is empty");
    }
}
