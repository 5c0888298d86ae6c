package dev.agentry.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.console.Io;
import dev.agentry.catalog.AgentSpec;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.ProjectType;
import dev.agentry.catalog.Stack;
import dev.agentry.codec.Codec;
import dev.agentry.format.Formats;
import dev.agentry.format.ToolFormat;
import dev.agentry.support.AgentryException;
import dev.agentry.support.Suggestions;

/** {@code agentry list [KIND]}: the catalogue of project types, deployments, stacks and agents. */
final class ListCommand extends AgentryCommand {

    static final List<String> KINDS = List.of("project-types", "deployments", "stacks", "agents", "targets");

    /** The JSON key of the deployment agents, which {@code list agents} shows with the roles. */
    private static final String DEPLOYMENT_AGENTS = "deploymentAgents";

    private final Services services;

    ListCommand(Services services) {
        super("list", "show the catalogue: project types, deployments, stacks, agents and agent tools (targets)",
                "list [project-types|deployments|stacks|agents|targets] [--json] [--scaffolds DIR|URL]...",
                List.of(CommonOpts.JSON, Opt.repeatable("scaffolds", "DIR|URL", "include a folder or git repository (URL[#REF])"
                        + " of custom scaffolds", Opt.Values.FOLDERS), CommonOpts.TARGET, CommonOpts.VERBOSE), 1);
        this.services = services;
    }

    @Override
    Opt.Values positionalValues() {
        return Opt.Values.KINDS;
    }

    @Override
    int run(Args args, Io io) {
        String kind = args.positionals().isEmpty() ? null : args.positionals().get(0);
        if (kind != null && !KINDS.contains(kind)) {
            throw AgentryException.usage("Unknown list '" + kind + "'." + Suggestions.didYouMean(kind, KINDS) + " Valid: "
                    + String.join(", ", KINDS) + ".");
        }
        Catalog catalog = services.catalogs().list(CommonOpts.target(args), args.values("scaffolds"));
        Map<String, Object> all = toMap(catalog);
        if (args.flag("json")) {
            Map<String, Object> selected = all;
            if (kind != null) {
                selected = new LinkedHashMap<>();
                String key = camel(kind);
                selected.put(key, all.get(key));
                if (kind.equals("agents")) {
                    selected.put(DEPLOYMENT_AGENTS, all.get(DEPLOYMENT_AGENTS));
                }
            }
            io.out().print(Codec.writeJson(selected));
            return 0;
        }
        if (kind == null || kind.equals("project-types")) {
            io.out().println(io.bold("Project types") + io.dim("  (--project-type)"));
            for (ProjectType type : catalog.projectTypes()) {
                io.out().printf("  %-16s %-18s %s%n", type.id(), type.name(), type.description());
                List<String> team = catalog.defaultTeam(type);
                io.out().println(io.dim(String.format("  %-16s team: %s", "", type.teamIsChosen()
                        ? "(chosen with --agents)" : team.isEmpty() ? "(the deployment agent only)" : String.join(", ", team))));
            }
        }
        if (kind == null || kind.equals("deployments")) {
            io.out().println(io.bold("Deployments") + io.dim("  (--deployment)"));
            for (Deployment deployment : catalog.deployments()) {
                io.out().printf("  %-16s %-22s adds %s%n", deployment.id(), deployment.name(), deployment.agent());
            }
        }
        if (kind == null || kind.equals("stacks")) {
            io.out().println(io.bold("Stacks") + io.dim("  (--stack)"));
            for (Stack stack : catalog.stacks()) {
                io.out().printf("  %-20s %-30s for %s%n", stack.id(), stack.name(), String.join(", ", stack.projectTypes()));
            }
        }
        if (kind == null || kind.equals("agents")) {
            io.out().println(io.bold("Agents") + io.dim("  (--agents)"));
            for (AgentSpec agent : catalog.roles()) {
                io.out().printf("  %-20s %-22s %s%n", agent.id(), agent.name(), agent.focus());
            }
            // every team also has one deployment agent, chosen by the deployment rather than by --agents
            io.out().println(io.bold("Deployment agents") + io.dim("  (one, by --deployment)"));
            for (Deployment deployment : catalog.deployments()) {
                io.out().printf("  %-32s %-34s with --deployment %s%n", deployment.agent(), deployment.agentName(),
                        deployment.id());
            }
        }
        if (kind == null || kind.equals("targets")) {
            io.out().println(io.bold("Agent tools") + io.dim("  (--targets)"));
            for (ToolFormat format : Formats.all()) {
                io.out().printf("  %-10s %-15s %s%n", format.id(), format.name(), String.join(", ", format.paths()));
            }
        }
        return 0;
    }

    static Map<String, Object> toMap(Catalog catalog) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<Object> types = new ArrayList<>();
        for (ProjectType type : catalog.projectTypes()) {
            types.add(entry("id", type.id(), "name", type.name(), "description", type.description(), "agents",
                    catalog.defaultTeam(type)));
        }
        map.put("projectTypes", types);
        List<Object> deployments = new ArrayList<>();
        for (Deployment deployment : catalog.deployments()) {
            deployments.add(entry("id", deployment.id(), "name", deployment.name(), "agent", deployment.agent(),
                    "description", deployment.description()));
        }
        map.put("deployments", deployments);
        List<Object> stacks = new ArrayList<>();
        for (Stack stack : catalog.stacks()) {
            stacks.add(entry("id", stack.id(), "name", stack.name(), "projectTypes", stack.projectTypes(),
                    "variables", stack.variables()));
        }
        map.put("stacks", stacks);
        List<Object> agents = new ArrayList<>();
        for (AgentSpec agent : catalog.roles()) {
            agents.add(entry("id", agent.id(), "name", agent.name(), "description", agent.focus()));
        }
        map.put("agents", agents);
        List<Object> deploymentAgents = new ArrayList<>();
        for (Deployment deployment : catalog.deployments()) {
            deploymentAgents.add(entry("id", deployment.agent(), "name", deployment.agentName(), "deployment",
                    deployment.id()));
        }
        map.put(DEPLOYMENT_AGENTS, deploymentAgents);
        List<Object> targets = new ArrayList<>();
        for (ToolFormat format : Formats.all()) {
            targets.add(entry("id", format.id(), "name", format.name(), "paths", format.paths()));
        }
        map.put("targets", targets);
        return map;
    }

    private static String camel(String kind) {
        return switch (kind) {
            case "project-types" -> "projectTypes";
            default -> kind;
        };
    }

    private static Map<String, Object> entry(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
