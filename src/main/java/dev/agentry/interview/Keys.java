package dev.agentry.interview;

import java.util.List;

/** The keys of the answers, as written in {@code answers.yml} and accepted by {@code --set}. */
public final class Keys {

    public static final String PROJECT_NAME = "project-name";
    public static final String PROJECT_TYPE = "project-type";
    public static final String DEPLOYMENT = "deployment";
    public static final String STACK = "stack";
    public static final String AGENTS = "agents";
    public static final String TARGETS = "targets";
    public static final String SCAFFOLDS = "scaffolds";

    /** The answers every team needs, in the order they are asked. */
    public static final List<String> ANSWERS = List.of(PROJECT_NAME, PROJECT_TYPE, DEPLOYMENT, STACK, AGENTS, TARGETS,
            SCAFFOLDS);

    private Keys() {
    }
}
