package dev.agentry.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.agentry.pack.Trust;
import dev.agentry.plan.ConflictStyle;
import dev.agentry.plan.ForeignFiles;
import dev.agentry.support.Timings;

class RequestTests {

    private static final Path TARGET = Path.of("repo");

    @Test
    void aRequestBuiltFromATargetAloneHasTheDefaults() {
        Request request = Request.to(TARGET).build();
        assertThat(request).isEqualTo(new Request(TARGET, Map.of(), Map.of(), null, List.of(), false, ForeignFiles.REFUSE,
                ConflictStyle.INLINE, false, Upgrades.NONE, Trust.ANY, Timings.OFF));
        assertThat(Request.of(TARGET)).isEqualTo(request);
    }

    @Test
    void eachPartSetOnTheBuilderLandsInItsOwnComponent() {
        Trust trust = new Trust(List.of("https://example.com/"), null);
        Timings timings = Timings.fromNow();
        Request request = Request.to(TARGET).flags(Map.of("stack", "go")).sets(Map.of("claude-md", "false"))
                .answersFile(Path.of("answers.yml")).scaffolds(List.of("layer")).dryRun()
                .foreignFiles(ForeignFiles.ADOPT).conflictStyle(ConflictStyle.REJ).detect().upgrades(Upgrades.ALL)
                .trust(trust).timings(timings).build();
        assertThat(request).isEqualTo(new Request(TARGET, Map.of("stack", "go"), Map.of("claude-md", "false"),
                Path.of("answers.yml"), List.of("layer"), true, ForeignFiles.ADOPT, ConflictStyle.REJ, true, Upgrades.ALL,
                trust, timings));
    }

    @Test
    void toBuilderKeepsEveryPartAndTheWithersChangeOnlyTheirs() {
        Request request = Request.to(TARGET).flags(Map.of("stack", "go")).sets(Map.of("claude-md", "false"))
                .answersFile(Path.of("answers.yml")).scaffolds(List.of("layer")).foreignFiles(ForeignFiles.OVERWRITE)
                .conflictStyle(ConflictStyle.REJ).detect().upgrades(Upgrades.REPORT).build();
        assertThat(request.toBuilder().build()).isEqualTo(request);
        assertThat(request.asDryRun()).isEqualTo(request.toBuilder().dryRun(true).build());
        assertThat(request.asDryRun().dryRun()).isTrue();
        assertThat(request.withTarget(Path.of("other")).target()).isEqualTo(Path.of("other"));
        assertThat(request.withTarget(Path.of("other")).flags()).isEqualTo(request.flags());
        assertThat(request.withForeignFiles(ForeignFiles.ADOPT).foreignFiles()).isEqualTo(ForeignFiles.ADOPT);
        assertThat(request.withForeignFiles(ForeignFiles.ADOPT).conflictStyle()).isEqualTo(ConflictStyle.REJ);
        assertThat(request.withUpgrades(Upgrades.ALL).upgrades()).isEqualTo(Upgrades.ALL);
        assertThat(request.withUpgrades(Upgrades.ALL).detect()).isTrue();
        assertThat(request.withTrust(Trust.ANY).scaffolds()).containsExactly("layer");
    }

    @Test
    void aTargetIsRequired() {
        assertThatThrownBy(() -> Request.to(null).build()).isInstanceOf(NullPointerException.class)
                .hasMessage("target is required");
    }
}
