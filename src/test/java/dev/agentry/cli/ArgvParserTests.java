package dev.agentry.cli;

import java.util.List;

import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgvParserTests {

    private final AgentryCommand update = Cli.create(Cli.Surface.COMMAND_LINE, null, null, List.of()).find("update")
            .orElseThrow();

    @Test
    void anOptionWithAnOptionalValueTakesTheNextArgumentOnlyWhenItIsNoOption() {
        assertThat(ArgvParser.parse(update, List.of("--upgrade")).values("upgrade")).containsExactly("");
        assertThat(ArgvParser.parse(update, List.of("--upgrade", "--dry-run")).values("upgrade")).containsExactly("");
        assertThat(ArgvParser.parse(update, List.of("--upgrade", "--dry-run")).flag("dry-run")).isTrue();
        assertThat(ArgvParser.parse(update, List.of("--upgrade", "acme=v2", "--upgrade=other=main")).values("upgrade"))
                .containsExactly("acme=v2", "other=main");
    }

    @Test
    void upgradeTakesNameEqualsRef() {
        Args args = ArgvParser.parse(update, List.of("--upgrade", "acme"));
        assertThatThrownBy(() -> CommonOpts.request(args)).isInstanceOf(AgentryException.class).hasMessage("--upgrade takes"
                + " NAME=REF (for example --upgrade acme-team=v1.4.0), or nothing for every pack's newest version; not 'acme'.");
        assertThat(CommonOpts.request(ArgvParser.parse(update, List.of("--upgrade", "--upgrade", "a=v2"))).upgrades())
                .isEqualTo(new dev.agentry.app.Upgrades(dev.agentry.app.Upgrades.Mode.NEWEST, java.util.Map.of("a", "v2")));
    }

    @Test
    void helpShowsTheOptionalValueInBrackets() {
        assertThat(HelpText.command(update, 120)).contains("--upgrade [NAME=REF]", "(repeatable)");
    }
}
