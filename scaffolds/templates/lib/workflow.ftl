<#--
  Shared functions of the workflow skills (claude.yml). Import with: <#import "lib/workflow.ftl" as w>
  They read the team's surfaces, vars and has, like the agent templates.
-->
<#import "team.ftl" as t>

<#-- The builders of this team, as agent names, in workflow order. -->
<#function builders>
  <#return t.present(["frontend-engineer", "backend-engineer", "mobile-engineer", "ai-engineer", "data-engineer"])>
</#function>

<#-- The stack's test commands, then its lint commands, as Markdown code: one per surface the team works on, as the
     code reviewer runs them (the same variables: a --set reaches both). kind: "test" or "lint". -->
<#function checks kind>
  <#local found = []>
  <#if surfaces.backend><#local found = t.addCommands(found, vars["backend" + kind?cap_first + "Command"])></#if>
  <#if surfaces.web><#local found = t.addCommands(found, vars["web" + kind?cap_first + "Command"])></#if>
  <#if surfaces.mobile><#local found = t.addCommands(found, vars["mobile" + kind?cap_first + "Command"])></#if>
  <#if (surfaces.data || surfaces.ai) && (!surfaces.backend || vars.testingFramework != vars.backendTestingFramework)>
    <#local found = t.addCommands(found, vars[kind + "Command"])>
  </#if>
  <#return found>
</#function>

<#-- What a builder of this team works on, as a phrase for its line of the build stage. -->
<#function builds name>
  <#switch name>
    <#case "frontend-engineer"><#return "the browser UI" + t.uses(vars.frontendFramework)?then(" (" + vars.frontendFramework + ")", "")>
    <#case "backend-engineer"><#return "the server side" + t.uses(vars.backendFramework)?then(" (" + vars.backendFramework + ")", "")>
    <#case "mobile-engineer"><#return "the iOS and Android app" + t.uses(vars.mobileFramework)?then(" (" + vars.mobileFramework + ")", "")>
    <#case "ai-engineer"><#return "prompts, models, retrieval and their evaluations">
    <#case "data-engineer"><#return "pipelines, data models and their quality checks">
    <#default><#return name>
  </#switch>
</#function>

<#-- "`a` passes" or "`a` and `b` pass": the commands as a sentence's subject with its verb. -->
<#function pass commands>
  <#return t.sentenceList(commands) + (commands?size == 1)?then(" passes", " pass")>
</#function>
