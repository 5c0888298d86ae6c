package dev.agentry.rules;

import java.util.List;

/** A set of rules a rendered team must meet; it reports every problem it finds, none when the team meets them. */
public interface TeamRule {

    List<Problem> check(TeamOutput team);
}
