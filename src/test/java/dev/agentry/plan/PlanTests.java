package dev.agentry.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanTests {

    private static final Plan PLAN = new Plan(List.of(
            FileAction.of("b.md", null, Action.UNCHANGED, "b", null, null, "same"),
            FileAction.of("a.md", null, Action.UPDATE, "a", "a2", null, "newer"),
            FileAction.of("c.md", null, Action.CREATE, null, "c", null, "new"),
            FileAction.of("d.md", null, Action.UNCHANGED, "d", null, null, "same")));

    @Test
    void countsTakeEachActionOnceInTheOrderOfTheActions() {
        assertThat(PLAN.counts()).containsExactly(Map.entry(Action.CREATE, 1), Map.entry(Action.UPDATE, 1),
                Map.entry(Action.UNCHANGED, 2));
        assertThat(new Plan(List.of()).counts()).isEmpty();
    }

    @Test
    void writtenHoldsTheActionsThatChangeTheDiskInPlanOrder() {
        assertThat(PLAN.written()).extracting(FileAction::path).containsExactly("a.md", "c.md");
        assertThat(PLAN.changesDisk()).isTrue();
        assertThat(new Plan(List.of(PLAN.actions().get(0))).written()).isEmpty();
    }
}
