<#import "lib/orchestration.ftl" as o>
<#-- The team block of AGENTS.md, for any agent tool: who is on the team, when to delegate to whom, how to run the
     team, and each role's condensed instructions (its Role paragraph and Core Responsibilities). Plain Markdown. -->
## Agent team for ${projectName}

Project type: ${projectType} · stack: ${stack.name} · deployed on ${deployment.inText}. The roles below make up this
project's team. When your tool has them as subagents, delegate to them by name; otherwise take on the role that fits
the task and follow its instructions below (they speak to whoever plays the role). agentry maintains this block:
change the team by editing `.agentry/answers.yml` and running `agentry update`.

<@o.roster/>

### How to run this team

<@o.rules/>

### Roles
<#list agents as a>

#### ${a.title} (`${a.name}`)

<#if a.role?has_content>
${a.role}

</#if>
<#if a.responsibilities?has_content>
**Core responsibilities**

${a.responsibilities}
</#if>
</#list>
