package dev.agentry.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.catalog.AgentSpec;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.Workload;
import dev.agentry.compose.Member;
import dev.agentry.compose.Team;

/**
 * Builds the data model templates see, from plain values only (strings, numbers, booleans, lists and maps).
 * The variables are documented in the README ("Writing scaffolds").
 */
final class TemplateModel {

    private TemplateModel() {
    }

    /** The values shared by every template of a team. */
    static Map<String, Object> forTeam(Team team) {
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> type = map("id", team.projectType().id(), "name", team.projectType().name(),
                "description", team.projectType().description(), "inText", team.projectType().inText());
        model.put("project", map("name", team.answers().projectName(), "type", type));
        model.put("projectName", team.answers().projectName());
        model.put("projectType", team.projectType().name());
        model.put("stack", stack(team));
        Deployment deployment = team.deployment();
        Member deployer = team.deploymentAgent();
        model.put("deployment", map("id", deployment.id(), "name", deployment.name(), "inText", deployment.inText(),
                "description", deployment.description(),
                "agent", deployer.name(), "agentTitle", deployer.title(), "guidance", deployment.guidance(),
                "lines", platformLines(team)));
        model.put("surfaces", flags(team.catalog().surfaces().keySet(), team.surfaces()));
        model.put("workloads", flags(Workload.ids(), team.workloads()));
        model.put("deploymentAgent", deployer.name());
        model.put("vars", camelKeys(team.variables()));
        model.put("settings", camelKeys(team.settings()));
        List<Object> members = new ArrayList<>();
        team.members().forEach(m -> members.add(member(m)));
        model.put("team", members);
        model.put("has", presence(team));
        List<Object> stages = new ArrayList<>();
        for (var stage : dev.agentry.catalog.Stage.values()) {
            List<Object> inStage = new ArrayList<>();
            team.members().stream().filter(m -> m.stage() == stage).forEach(m -> inStage.add(member(m)));
            if (!inStage.isEmpty()) {
                stages.add(map("id", stage.id(), "members", inStage));
            }
        }
        model.put("stages", stages);
        return model;
    }

    /** The shared values plus those of one agent: itself and its teammates. */
    static Map<String, Object> forMember(Map<String, Object> teamModel, Team team, Member member) {
        Map<String, Object> model = new LinkedHashMap<>(teamModel);
        Map<String, Object> self = member(member);
        self.put("guidance", member.guidance());
        self.put("tools", member.spec().tools());
        model.put("agent", self);
        List<Object> others = new ArrayList<>();
        team.members().stream().filter(m -> !m.name().equals(member.name())).forEach(m -> others.add(member(m)));
        model.put("others", others);
        model.put("guidance", member.guidance());
        List<Object> practices = new ArrayList<>();
        member.practices().forEach(p -> practices.add(map("stack", p.stack(), "platform", p.platform() == null ? "" : p.platform(),
                "lines", p.lines())));
        model.put("practices", practices);
        return model;
    }

    private static Map<String, Object> stack(Team team) {
        Map<String, Object> companions = new LinkedHashMap<>();
        team.stack().companions().forEach((surface, id) -> team.catalog().stack(id)
                .ifPresent(c -> companions.put(surface, map("id", c.id(), "name", c.name()))));
        return map("id", team.stack().id(), "name", team.stack().name(), "description", team.stack().description(),
                "surfaces", team.catalog().surfacesOf(team.stack()), "companions", companions);
    }

    /**
     * The deployment's guidance that holds for this team: its general lines when the team puts anything on the
     * platform, and the lines of each workload it puts there.
     */
    private static List<String> platformLines(Team team) {
        List<String> lines = new ArrayList<>();
        boolean onPlatform = team.workloads().stream().anyMatch(w -> !w.equals(Workload.APP_STORES.id()));
        if (onPlatform) {
            lines.addAll(team.deployment().guidance());
        }
        team.workloads().forEach(w -> lines.addAll(team.deployment().workloadGuidance().getOrDefault(w, List.of())));
        return lines;
    }

    /** A true or false per id (camelCase keys), true for those given. */
    private static Map<String, Object> flags(java.util.Collection<String> ids, List<String> on) {
        Map<String, Object> flags = new LinkedHashMap<>();
        ids.forEach(id -> flags.put(Names.camel(id), on.contains(id)));
        return flags;
    }

    static Map<String, Object> member(Member member) {
        AgentSpec spec = member.spec();
        Map<String, Object> values = map("name", member.name(), "id", member.deployment() ? "deployment" : member.name(),
                "title", member.title(), "focus", spec.focus(), "stage", member.stage().id(), "color", member.color(),
                "model", spec.model());
        values.put("deployment", member.deployment());
        return values;
    }

    /** Every agent name the catalogue knows, true for those in the team, so templates can ask has["x"]. */
    private static Map<String, Object> presence(Team team) {
        Map<String, Object> has = new LinkedHashMap<>();
        team.catalog().roles().forEach(role -> has.put(role.id(), false));
        team.catalog().deployments().forEach(d -> has.put(d.agent(), false));
        team.members().forEach(m -> has.put(m.name(), true));
        has.put("deployment", true);
        return has;
    }

    private static Map<String, Object> camelKeys(Map<String, Object> values) {
        Map<String, Object> result = new LinkedHashMap<>();
        values.forEach((key, value) -> result.put(Names.camel(key), value));
        return result;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
