<#-- The team block of CLAUDE.md: who is on the team, when to delegate to whom, and the hand-off workflow. -->
## Agent team for ${projectName}

${projectType} project · ${stack.name} · deployed on ${deployment.inText}. The subagents below live in
`.claude/agents/`; delegate to them by name. agentry maintains this block: change the team by editing
`.agentry/answers.yml` and running `agentry update`.

| Agent | Delegate when |
|---|---|
<#list agents as a>
| `${a.name}` | ${a.description?replace("|", "\\|")} |
</#list>

### Hand-off workflow

<#list stages as s>
${s?counter}. **${s.id?cap_first}**: <#list s.members as m>`${m.name}`<#sep>, </#list>
</#list>

```mermaid
flowchart LR
<#list stages as s>
<#list s.members as m>
  ${m.name?replace("-", "_")}["${m.name}"]
</#list>
</#list>
<#list stages as s>
<#if s?has_next>
<#assign next = stages[s?index + 1]>
<#list s.members as from>
<#list next.members as to>
  ${from.name?replace("-", "_")} --> ${to.name?replace("-", "_")}
</#list>
</#list>
</#if>
</#list>
```
