<#import "lib/orchestration.ftl" as o>
<#-- The team block of CLAUDE.md: who is on the team, when to delegate to whom, and how to run the team. -->
## Agent team for ${projectName}

Project type: ${projectType} · stack: ${stack.name} · deployed on ${deployment.inText}. The subagents below live in
`.claude/agents/`; delegate to them by name. agentry maintains this block: change the team by editing
`.agentry/answers.yml` and running `agentry update`.

<@o.roster/>

### How to run this team

<@o.rules/>
