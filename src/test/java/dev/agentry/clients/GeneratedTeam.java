package dev.agentry.clients;

import java.nio.file.Path;

/**
 * A team that agentry generated for every target into a repository, for the clients to load.
 *
 * @param name a short name, for messages and scratch folders
 * @param summary what the team is (type, stack, deployment, what is special about it)
 */
record GeneratedTeam(String name, String summary, Path repo) {
}
