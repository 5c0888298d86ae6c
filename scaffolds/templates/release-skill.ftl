<#import "lib/team.ftl" as t>
<#import "lib/workflow.ftl" as w>
<#-- The release workflow: the deployment agent's checklist, with the production guardrail. What runs on the platform
     decides what a release changes there, as in the deployment agent's own text. -->
<#assign services = workloads.services>
<#assign site = workloads.staticSite>
<#assign data = workloads.database && t.uses(vars.managedDatabase) && t.uses(vars.database)>
<#assign stores = workloads.appStores>
<#assign onPlatform = services || site || data>
<#assign where = deployment.inText>
<#assign tests = w.checks("test")>
<#assign previews = (onPlatform && t.uses(vars.previewCommands))?then(t.commands(vars.previewCommands), "")>
<#assign changes = (onPlatform && t.uses(vars.productionCommands))?then(vars.productionCommands?is_sequence?then(vars.productionCommands, [vars.productionCommands])?map(c -> "`" + c + "`")?join(", "), "")>
<#assign step = 0>
# Release Workflow
You take a reviewed change of ${projectName} to production on ${where} through `${deploymentAgent}`. Production changes only after the user's explicit confirmation, given in this conversation once they have seen what the release would change: a request to release, passed on or written before the plan, is not a confirmation.

**Release**: $ARGUMENTS

When the environment or version above is empty, ask the user which one; never assume production.

<#assign step = step + 1>
# ${step}. Ready to Ship
<#if has["code-reviewer"]>
- `code-reviewer` reported no blocking findings on what is being released (`/review` runs that review)
</#if>
<#if has["testing-specialist"]>
- `testing-specialist` gave a go on it
</#if>
<#if tests?has_content>
- ${w.pass(tests)} on the commit being released
</#if>
- The change is merged, or the user named the branch or commit to release
- **Stop here** when any of these fails: say which, and what would make it pass

<#assign step = step + 1>
# ${step}. Plan First: `${deploymentAgent}`
- **Give it**: the environment, the commit or version, and what the release holds
<#if onPlatform>
- **It runs**: <#if previews?has_content>${previews}<#else>the plan or diff mode of ${vars.iacTool}</#if>, and changes nothing yet
</#if>
<#if stores>
- **For the app**: the build profile, the version and build numbers, and the store track the build would go to
</#if>
- **It hands back**: the plan, saying what would be created, changed or destroyed and where, and how each part is rolled back

<#assign step = step + 1>
# ${step}. Confirm With the User
- Show the user the plan as `${deploymentAgent}` reported it, the environment and the rollback, and ask whether it may go ahead
<#if changes?has_content>
- Nothing of ${changes}, or any other command that applies, deploys or deletes, runs against production before the user says yes to this plan
<#else>
- No command that applies, deploys or deletes runs against production before the user says yes to this plan
</#if>
- A changed plan needs a new confirmation; staging and preview environments need none

<#assign step = step + 1>
# ${step}. Ship
- Pass the user's confirmation, quoted, to `${deploymentAgent}`; it applies exactly the plan that was confirmed
<#if services>
- The services: ${vars.rolloutStrategy}
</#if>
<#if site>
- The front end: ${t.pick(vars.staticRolloutStrategy, "each build published beside the previous one and switched in one step")}
</#if>
<#if stores>
- The app: a phased release on the App Store and Google Play, after the server changes this version needs are live
</#if>

<#assign step = step + 1>
# ${step}. After the Release
<#if services || data>
- Until the release has settled, watch ${vars.observability}<#if has["testing-specialist"]>, and run the smoke tests `testing-specialist` named</#if>
<#else>
- Watch the failed deployments and the errors users see until the release has settled<#if has["testing-specialist"]>, and run the smoke tests `testing-specialist` named</#if>
</#if>
- Roll back at once when users are hurt, then find the cause; report what shipped, where, and how to undo it

# Key Principles
- **Production Guardrail**: plan or diff first, then the user's explicit confirmation, then the change; never the other way round
- **One Release at a Time**: the plan that was confirmed is the plan that ships
- **Reversible**: every release says how it is rolled back before it starts
