package dev.agentry.interview;

import java.util.List;
import java.util.stream.Collectors;

import dev.agentry.catalog.AgentSpec;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.ProjectType;
import dev.agentry.catalog.Stack;

/** The message for answers that are missing: each one with its option and valid choices. */
public final class MissingAnswers {

    private MissingAnswers() {
    }

    /** The line that names the missing answers: {@code Missing answers: stack, deployment.} */
    static String headline(List<String> missing) {
        return "Missing answer" + (missing.size() > 1 ? "s" : "") + ": " + String.join(", ", missing) + ".\n";
    }

    /** What follows the headline: each missing answer with its choices, then the ways to give them. */
    static String guidance(List<String> missing, String projectType, Catalog catalog) {
        StringBuilder message = new StringBuilder();
        for (String key : missing) {
            message.append("  --").append(key).append(' ').append(choices(key, projectType, catalog)).append('\n');
        }
        message.append("Give them as options or in an answers file (--answers FILE), or run 'agentry init' in a terminal"
                + " to be asked.");
        return message.toString();
    }

    private static String choices(String key, String projectType, Catalog catalog) {
        return switch (key) {
            case Keys.PROJECT_TYPE -> "one of: " + join(catalog.projectTypes().stream().map(ProjectType::id).toList());
            case Keys.DEPLOYMENT -> "one of: " + join(catalog.deployments().stream().map(Deployment::id).toList());
            case Keys.STACK -> projectType != null && catalog.projectType(projectType).isPresent()
                    ? "one of (for " + projectType + "): " + join(catalog.stacksFor(projectType).stream().map(Stack::id).toList())
                    : "one of: " + join(catalog.stacks().stream().map(Stack::id).toList());
            case Keys.AGENTS -> "comma-separated, from: " + join(catalog.roles().stream().map(AgentSpec::id).toList());
            default -> "";
        };
    }

    private static String join(List<String> ids) {
        return ids.stream().collect(Collectors.joining(", "));
    }
}
