<#import "lib/team.ftl" as t>
<#import "lib/workflow.ftl" as w>
<#-- The feature workflow: one section per stage of this team, each naming only agents it has. -->
<#assign builders = w.builders()>
<#assign quoted = builders?map(b -> "`" + b + "`")>
<#assign tests = w.checks("test")>
<#assign lints = w.checks("lint")>
<#assign screens = surfaces.web || surfaces.mobile>
<#assign reviewSkill = has["code-reviewer"] || has["testing-specialist"]>
<#assign step = 0>
# Feature Workflow
You run one feature or change of ${projectName} from the request to a release, through the stages of this team: ${t.sentenceList(stages?map(s -> s.id))}. You are the only one who talks to every agent: a subagent sees none of this conversation, so brief each one with the request, the reports before it and what done means, and pass its report on to the next.

**Request**: $ARGUMENTS

When the request above is empty, ask the user what to build before you start. When it is a typo or a one-line fix, make it yourself and skip to the checks: this workflow is for changes that need a plan.

<#assign step = step + 1>
# ${step}. Plan<#if has["product-manager"]>: `product-manager`</#if>
<#if has["product-manager"]>
- **Give it**: the request as the user wrote it, and any constraint or deadline they named
- **It hands back**: user stories with acceptance criteria, what is out of scope, and the questions only the user can answer
- **Then**: put those questions to the user and wait for the answers; the stories go to every agent after this stage
<#else>
- **Write the acceptance criteria yourself**: what the change must do, what it must not break, and how anyone can tell it works
- **Ask the user** where the request leaves a choice open, before anything is built
</#if>

<#if has["ui-ux-designer"]>
<#assign step = step + 1>
# ${step}. Design: `ui-ux-designer`
Only for a change that adds or changes a screen or a flow<#if !screens>, which this team has none of unless the request adds one</#if>; skip this stage otherwise.
- **Give it**: the stories and the screens they touch
- **It hands back**: the flow, the layout of each screen, every state (empty, loading, error, success), the interface copy and the accessibility criteria
- **Then**: the spec goes with the stories to the builders

</#if>
<#assign step = step + 1>
# ${step}. Build<#if builders?has_content>: ${t.sentenceList(quoted)}</#if>
<#if builders?size gt 1>
- **Agree the contract first** when the change spans more than one of ${t.sentenceList(quoted)}: the API shapes, events and data they share. Ask the builder on the producing side to write it down, then brief every builder with the same contract and run them in parallel
</#if>
<#list builders as b>
- **`${b}`** builds ${w.builds(b)}
</#list>
<#if builders?has_content>
- **Give <#if builders?size gt 1>each<#else>it</#if>**: the stories<#if has["ui-ux-designer"]>, the design spec</#if><#if builders?size gt 1>, the contract</#if>, the files involved and what done means
- **<#if builders?size gt 1>Each hands<#else>It hands</#if> back**: the files changed, the commands run with their results, and what it assumed
<#else>
- **No builder is on this team**: make the change yourself, following the stories, in the project's existing style
</#if>
<#if tests?has_content || lints?has_content>
- **Before it moves on**: ${w.pass(tests + lints)}<#if builders?has_content>; a report without them goes back to its builder</#if>
</#if>

<#if has["code-reviewer"]>
<#assign step = step + 1>
# ${step}. Review: `code-reviewer`
- **Give it**: the stories and the files changed<#if builders?has_content>, from the build reports</#if>
- **It hands back**: a verdict and findings marked blocking, should-fix or nit, with file and line
- **Then**: blocking findings go back to the agent that wrote that code<#if !builders?has_content> (you, on this team)</#if>; review again until none are left. It never edits the code itself

</#if>
<#assign step = step + 1>
# ${step}. Verify<#if has["testing-specialist"]>: `testing-specialist`</#if>
<#if has["testing-specialist"]>
- **Give it**: the stories with their acceptance criteria, the files changed<#if has["code-reviewer"]> and the review's verdict</#if>
- **It hands back**: the tests it added, the suites it ran with their results, coverage against the ${vars.testCoverageTarget}% target, and a go or no-go
- **Then**: on a no-go, the failing cases go back to the builder and the change comes back through<#if has["code-reviewer"]> review and</#if> this stage; nothing ships on a no-go
<#else>
- **Check each acceptance criterion yourself**<#if tests?has_content>, and run ${t.sentenceList(tests)}</#if>: nothing ships while a criterion is unmet or a test fails
</#if>

<#assign step = step + 1>
# ${step}. Ship: `${deploymentAgent}`
- **Give it**: what changed<#if has["code-reviewer"]>, the review's verdict</#if><#if has["testing-specialist"]>, the go</#if> and the environment the user asked for (when they did not say, ask; never assume production)
- **It hands back**: a plan or diff of what the release would change, then, once confirmed, what it applied and how to roll it back
- **Then**: show the user that plan and ask them yourself whether it may go to production; only their explicit answer in this conversation is a confirmation, and you pass it on. `/release` runs this stage step by step

<#assign done = ["every acceptance criterion is met"]>
<#if has["code-reviewer"]><#assign done = done + ["`code-reviewer` reports no blocking findings"]></#if>
<#if has["testing-specialist"]><#assign done = done + ["`testing-specialist` gave a go"]></#if>
<#if tests?has_content><#assign done = done + ["the tests pass (" + tests?join(", ") + ")"]></#if>
# Done When
- ${t.sentenceList(done)?cap_first}
- The user has a short report: what changed and where, what was tested, and what shipped or waits for their confirmation

# Key Principles
<#if has["ui-ux-designer"] || builders?size gt 1>
- **Only the Stages It Needs**: <#if has["ui-ux-designer"]>a change with no new screen or flow skips design</#if><#if has["ui-ux-designer"] && builders?size gt 1>; </#if><#if builders?size gt 1>a change in one part of the code needs only its builder</#if>
</#if>
- **One Source of Truth**: the stories<#if has["product-manager"]> from `product-manager`</#if> are what every agent works to; when they change, tell every agent after that stage
- **Stop on Open Questions**: an agent's open question goes to the user, not around them
- **Hand-offs Through You**: subagents cannot talk to each other; each report says who should take the work next, and you pass it on<#if reviewSkill>. `/review` runs the review<#if has["code-reviewer"] && has["testing-specialist"]> and verify stages<#elseif has["testing-specialist"]> of the verify stage<#else> stage</#if> on its own</#if>
