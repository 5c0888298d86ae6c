package dev.agentry.catalog;

import java.util.List;
import java.util.Map;

/** The shapes of the YAML files of a scaffold layer, as Jackson reads them. */
final class CatalogFiles {

    private CatalogFiles() {
    }

    /**
     * {@code catalog.yml}: the catalogue's version, its settings with their defaults, the variables every stack and
     * every deployment must define (name to description), the surfaces of a product and the variables a stack or
     * deployment may leave out, the headings documents condense; for a pack also the agentry versions it needs
     * ({@code requires-agentry}, checked before the catalogue loads: see {@code dev.agentry.pack.Manifest}).
     */
    record CatalogFile(String version, String name, Map<String, Object> settings, Map<String, String> stackVariables,
            List<String> optionalStackVariables, Map<String, String> deploymentVariables, Map<String, Surface> surfaces,
            List<String> perSurfaceVariables, Map<String, String> moreStackVariables,
            Map<String, String> moreDeploymentVariables, SummaryHeadings summaryHeadings, String requiresAgentry) {
    }

    /** {@code project-types.yml}. */
    record ProjectTypesFile(List<ProjectType> projectTypes) {
    }

    /** {@code deployments.yml}. */
    record DeploymentsFile(List<Deployment> deployments) {
    }

    /** {@code stacks.yml}. */
    record StacksFile(List<Stack> stacks) {
    }

    /** {@code agents.yml}. */
    record AgentsFile(List<AgentSpec> agents) {
    }

    /** {@code claude.yml}: Claude Code's workflow skills and the files its permission rules keep from being read. */
    record ClaudeFile(List<SkillSpec> skills, List<String> secretFiles) {
    }
}
