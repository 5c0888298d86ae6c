package dev.agentry.compose;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Deployment;
import dev.agentry.catalog.ProjectType;
import dev.agentry.catalog.Stack;
import dev.agentry.interview.Answers;

/**
 * The team to write: who is in it and every value its templates may use.
 *
 * @param variables the stack's and deployment's variables with the user's overrides applied
 * @param settings the catalogue's settings with the user's overrides applied (for example claude-md)
 * @param surfaces the surfaces of the product the team works on (web, mobile, backend ...), in catalogue order
 * @param workloads what the team puts on its platform or ships through it (services, database ...)
 */
public record Team(Catalog catalog, Answers answers, ProjectType projectType, Deployment deployment, Stack stack,
        List<Member> members, Map<String, Object> variables, Map<String, Object> settings, List<String> surfaces,
        List<String> workloads) {

    public Team {
        members = List.copyOf(members);
        surfaces = List.copyOf(surfaces);
        workloads = List.copyOf(workloads);
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    public Optional<Member> member(String name) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public Member deploymentAgent() {
        return members.stream().filter(Member::deployment).findFirst().orElseThrow();
    }

    /** True when the named setting is on (settings default to on when absent). */
    public boolean enabled(String setting) {
        Object value = settings.get(setting);
        return value == null || Boolean.TRUE.equals(value);
    }
}
