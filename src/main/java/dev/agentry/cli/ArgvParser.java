package dev.agentry.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.agentry.support.AgentryException;
import dev.agentry.support.Suggestions;

/**
 * Parses a command's arguments, as given to the process (one array element per argument, so values may hold
 * spaces). Accepts {@code --name value} and {@code --name=value}; flags take no value. Unknown options, missing
 * values and repeated single options are usage errors.
 */
final class ArgvParser {

    private ArgvParser() {
    }

    static Args parse(AgentryCommand command, List<String> tokens) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean onlyPositionals = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (onlyPositionals || !token.startsWith("-") || token.equals("-")) {
                positionals.add(token);
                continue;
            }
            if (token.equals("--")) {
                onlyPositionals = true;
                continue;
            }
            String name;
            String value = null;
            if (token.startsWith("--")) {
                int equals = token.indexOf('=');
                name = equals < 0 ? token.substring(2) : token.substring(2, equals);
                value = equals < 0 ? null : token.substring(equals + 1);
            }
            else if (token.equals("-h")) {
                name = AgentryCommand.HELP.name();
            }
            else {
                throw unknown(command, token);
            }
            Opt opt = find(command, name).orElseThrow(() -> unknown(command, "--" + name));
            if (opt.isFlag()) {
                if (value != null && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw AgentryException.usage("--" + name + " is a flag and takes no value (got '" + value + "').");
                }
                value = value == null ? "true" : value;
            }
            else if (value == null && opt.valueOptional()) {
                boolean next = i + 1 < tokens.size() && !tokens.get(i + 1).startsWith("-");
                value = next ? tokens.get(++i) : "";
            }
            else if (value == null) {
                if (i + 1 >= tokens.size() || tokens.get(i + 1).startsWith("--")) {
                    throw AgentryException.usage("--" + name + " needs a value: --" + name + " " + opt.valueLabel() + ".");
                }
                value = tokens.get(++i);
            }
            List<String> values = options.computeIfAbsent(name, k -> new ArrayList<>());
            if (!values.isEmpty() && !opt.repeatable() && !opt.isFlag()) {
                throw AgentryException.usage("--" + name + " is given twice; give it once.");
            }
            values.add(value);
        }
        if (positionals.size() > command.maxPositionals()) {
            throw AgentryException.usage("Unexpected argument '" + positionals.get(command.maxPositionals()) + "' for '"
                    + command.getName() + "'. Options start with --; see 'agentry help " + command.getName() + "'.");
        }
        return new Args(options, positionals);
    }

    private static Optional<Opt> find(AgentryCommand command, String name) {
        if (name.equals(AgentryCommand.HELP.name())) {
            return Optional.of(AgentryCommand.HELP);
        }
        return Stream.concat(command.opts().stream(), command.hiddenOpts().stream()).filter(o -> o.name().equals(name))
                .findFirst();
    }

    private static AgentryException unknown(AgentryCommand command, String token) {
        List<String> names = command.opts().stream().map(o -> "--" + o.name()).toList();
        return AgentryException.usage("Unknown option '" + token + "' for '" + command.getName() + "'."
                + Suggestions.didYouMean(token, names) + " See 'agentry help " + command.getName() + "'.");
    }
}
