package dev.agentry.detect;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.agentry.catalog.Ecosystem;
import dev.agentry.codec.Manifests;

/**
 * CI pipelines (GitHub Actions workflows and composite actions, GitLab CI, Azure Pipelines, Bitbucket, CircleCI,
 * Cloud Build, CodeBuild, Drone, Travis): the lines of every script step as commands, and the actions they use. A step
 * counts as deploying when its file, job, stage or step is named for it, or targets an environment.
 */
final class CiPipelines implements ManifestReader {

    private static final Pattern PIPELINE = Pattern.compile("\\.github/workflows/[^/]+\\.ya?ml"
            + "|\\.github/actions/.+/action\\.ya?ml|\\.gitlab-ci\\.ya?ml|\\.gitlab/ci/.+\\.ya?ml"
            + "|azure-pipelines\\.ya?ml|\\.azure-pipelines/[^/]+\\.ya?ml"
            + "|\\.azuredevops/[^/]+\\.ya?ml|bitbucket-pipelines\\.ya?ml|\\.circleci/config\\.ya?ml|cloudbuild\\.ya?ml"
            + "|buildspec\\.ya?ml|\\.drone\\.ya?ml|\\.travis\\.ya?ml|codemagic\\.ya?ml|\\.woodpecker\\.ya?ml");

    /** The keys whose values are shell scripts, in the pipeline formats above. */
    private static final Set<String> SCRIPT_KEYS = Set.of("run", "script", "scripts", "before_script", "after_script",
            "command", "commands", "inlineScript", "pre_build", "build", "post_build", "install");

    /** The keys whose values name what a job or step does, or where it deploys to. */
    private static final List<String> NAME_KEYS = List.of("name", "displayName", "stage", "environment", "deployment");

    @Override
    public boolean reads(String path) {
        return PIPELINE.matcher(path).matches();
    }

    @Override
    public void read(String path, String text, Facts facts) {
        boolean deploying = Shell.aboutDeploying(PathIndex.name(path));
        for (Object document : Manifests.yaml(text, path)) {
            walk(document, path, deploying, facts);
        }
    }

    private static void walk(Object node, String path, boolean deploying, Facts facts) {
        if (node instanceof List<?> list) {
            list.forEach(item -> walk(item, path, deploying, facts));
            return;
        }
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        boolean here = deploying || map.containsKey("environment") || NAME_KEYS.stream()
                .anyMatch(key -> map.get(key) instanceof String name && Shell.aboutDeploying(name));
        builderStep(map, path, here, facts);
        map.forEach((rawKey, value) -> {
            String key = String.valueOf(rawKey);
            boolean inside = here || Shell.aboutDeploying(key);
            if (key.equals("uses") && value instanceof String action) {
                action(action, path, here, facts);
            }
            else if (SCRIPT_KEYS.contains(key) && value instanceof String script) {
                facts.script(script, path, inside);
            }
            else if (SCRIPT_KEYS.contains(key) && value instanceof List<?> lines
                    && lines.stream().allMatch(l -> l instanceof String)) {
                lines.forEach(line -> facts.script((String) line, path, inside));
            }
            else {
                walk(value, path, inside, facts);
            }
        });
    }

    /** A Cloud Build style step: a builder image or entrypoint and its arguments make one command. */
    private static void builderStep(Map<?, ?> step, String path, boolean deploying, Facts facts) {
        if (!(step.get("args") instanceof List<?> args)) {
            return;
        }
        String tool = step.get("entrypoint") instanceof String entrypoint ? entrypoint
                : step.get("name") instanceof String image ? image.replaceFirst(":.*$", "").replaceFirst("^.*/", "") : null;
        if (tool != null) {
            StringBuilder line = new StringBuilder(tool);
            args.forEach(arg -> line.append(' ').append(arg));
            facts.command(line.toString(), path, deploying);
        }
    }

    /** {@code owner/repo@ref} or {@code owner/repo/path@ref}: recorded as owner/repo and as the full path. */
    private static void action(String uses, String path, boolean deploying, Facts facts) {
        if (uses.startsWith("./") || uses.startsWith("docker://")) {
            return;
        }
        String name = uses.replaceFirst("@.*$", "");
        String[] parts = name.split("/");
        if (parts.length >= 2) {
            facts.stepDependency(Ecosystem.ACTIONS, parts[0] + "/" + parts[1], path, deploying);
            if (parts.length > 2) {
                facts.stepDependency(Ecosystem.ACTIONS, name, path, deploying);
            }
        }
    }
}
