<#import "lib/orchestration.ftl" as o>
<#-- The team block of CLAUDE.md: who is on the team, when to delegate to whom, and how to run the team. -->
## Agent team for ${projectName}

Project type: ${projectType} · stack: ${stack.name} · deployed on ${deployment.inText}. The subagents below live in
`.claude/agents/`; delegate to them by name. agentry maintains this block: change the team by editing
`.agentry/answers.yml` and running `agentry update`.

<@o.roster/>

### How to run this team

<@o.rules/>
<#if settings.agentTeams!false>
<#assign builders = ["frontend-engineer", "backend-engineer", "mobile-engineer", "ai-engineer", "data-engineer"]?filter(n -> has[n]!false)>

### Leading an agent team

Agent teams are on for this project (`CLAUDE_CODE_EXPERIMENTAL_AGENT_TEAMS` in `.claude/settings.json`). For work big enough to run in parallel, lead a team instead of delegating to one subagent at a time:

- **One teammate per role the work needs**: spawn each from its agent above by name<#if builders?size gt 1> (${builders[0..builders?size-2]?map(b -> "`" + b + "`")?join(", ")} and `${builders?last}` for the building)<#elseif builders?size == 1> (`${builders[0]}` for the building)</#if>, and keep the rest of the roster out of it.
- **Split by task, not by file**: each task in the shared task list has one owner and its own files; two teammates never edit the same file<#if builders?size gt 1>, and the contract between builders is a task of its own that the building tasks wait for</#if>.
- **Order through dependencies**: tasks follow the stages of the roster (<#list stages as s>${s.id}<#sep>, </#sep></#list>); a task waits for the reports it needs, and each finished task says who takes its work next.
- **Production stays with the user**: the task of `${deploymentAgent}` that changes production waits for the user's explicit confirmation, which you ask for and pass on yourself.
- **Keep small work small**: a question, a typo or a one-line fix needs no team.
</#if>
