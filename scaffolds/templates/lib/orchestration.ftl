<#--
  The orchestration rules of a team, for the main agent: shared by the CLAUDE.md and AGENTS.md blocks.
  Import with: <#import "lib/orchestration.ftl" as o>, then <@o.rules/> (it reads agents, has and deploymentAgent).
-->
<#import "team.ftl" as t>

<#-- The roster: one row per agent, with the situations its Delegation Triggers name (its description when it has none). -->
<#macro roster>
| Agent | Delegate when |
|---|---|
<#list agents as a>
| `${a.name}` | ${(a.triggers?has_content)?then(a.triggers?join(". ") + ".", a.description)?replace("|", "\\|")} |
</#list>
</#macro>

<#macro rules>
<#assign builders = t.present(["frontend-engineer", "backend-engineer", "mobile-engineer", "ai-engineer", "data-engineer"])>
<#assign quoted = builders?map(b -> "`" + b + "`")>
- **Handle small things yourself**: questions about the code, typos, one-line fixes and commands the user asked for need no subagent.
- **Brief every agent**: a subagent sees none of this conversation. Pass it the story or spec, the files involved and what done means, and pass each agent's report on to the next one.
<#if has["product-manager"]>
- **Plan first**: a new feature or an unclear request starts with `product-manager`, whose stories and acceptance criteria you pass to everyone after it.
</#if>
<#if has["ui-ux-designer"]>
- **Design before building screens**: a new screen or flow goes to `ui-ux-designer` before a builder starts, and its spec goes with the story.
</#if>
<#if builders?size gt 1>
- **Build in parallel once the contract is agreed**: when a change spans ${t.sentenceList(quoted)}, settle the contract between them first (API shapes, events, data), then run them in parallel with the same contract.
<#elseif builders?size == 1>
- **Build**: hand ${quoted[0]} the story or request<#if has["ui-ux-designer"]>, the spec</#if> and what done means.
</#if>
<#if has["code-reviewer"]>
- **Review after every build**: every change goes to `code-reviewer`; send blocking findings back to the agent that wrote the code, then review again until none are left.
</#if>
<#if has["testing-specialist"]>
- **Test before shipping**: `testing-specialist` writes the missing tests and gives a go or no-go; nothing ships on a no-go.
</#if>
- **Ship through `${deploymentAgent}`**: it changes production only after the user's explicit confirmation, so ask the user yourself when it reports a plan waiting for one.
- **Skip stages for trivial fixes**: a typo or a one-line fix needs no story, design or test pass<#if has["code-reviewer"]>, though a change in behaviour still gets a review</#if>.
- **Relay the hand-offs**: subagents cannot talk to each other; each ends with a report that says who should take the work next, and you pass it on.
</#macro>
