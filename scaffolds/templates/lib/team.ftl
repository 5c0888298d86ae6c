<#--
  Shared macros for agent templates. Import with: <#import "lib/team.ftl" as t>
  Data model (see README, "Writing scaffolds"): project, projectName, projectType, stack, deployment,
  deploymentAgent, vars, settings, team, others, agent, guidance, practices, has, surfaces, workloads, stages.
-->

<#-- The Collaboration section: one line per teammate actually in this team, by agent name, phrased as hand-offs
     through the main agent (subagents cannot message each other).
     sentences: a hash from teammate id (or "deployment" for the deployment agent) to a sentence for the pair;
     a teammate without one gets a sentence built from its focus. -->
<#macro collaboration sentences={}>
# Collaboration
You cannot message teammates: every hand-off goes through the main agent. When a teammate has to act, say so in your report, name them and give them what they need.
<#list others as m>
- **With ${m.title}** (`${m.name}`): ${sentences[m.id]!("Ask the main agent to involve `" + m.name + "` when your work touches " + m.focus)}
</#list>
</#macro>

<#-- The Report Back section: what the final message holds. items: extra "**Label**: text" lines first (a reviewer's
     findings, a tester's go/no-go); next: who usually takes the work next, as agent names in this team (nextText: the
     same as a phrase); files and
     commands: false for a role that changes no files or has no shell. -->
<#macro reportBack items=[] next=[] nextText="" files=true commands=true>
# Report Back
Your final message is all the main agent sees of your work, so make it complete and short:
<#list items as item>
- ${item}
</#list>
- **Summary**: what you did and why, in two or three sentences
<#if files>
- **Files Changed**: each path with a one-line reason, or "none"
</#if>
<#if commands>
- **Commands Run**: each command with its result (passed, or failed with the first error)
</#if>
- **Assumptions**: what you decided without being told
- **Open Questions**: what the user or a teammate must answer before the work can go on
- **Next**: <#if nextText?has_content>${nextText}<#elseif next?has_content>who should take it next and what they need, usually ${sentenceList(next?map(n -> "`" + n + "`"))}<#else>what should happen next, and who should do it</#if>
</#macro>

<#-- Stack-specific practices for this role: one section per stack they come from (the team's stack, a companion
     stack, or how the platform runs the stack). -->
<#macro stackPractices>
<#list practices as p>
# ${p.stack}<#if p.platform?has_content> on ${p.platform}<#else> Practices</#if>
<#list p.lines as line>
- ${line}
</#list>

</#list>
</#macro>

<#-- Each command of a command variable as Markdown code, added to the list unless it is there already (or "none"). -->
<#function addCommands list value>
  <#if !uses(value)><#return list></#if>
  <#local result = list>
  <#list value?is_sequence?then(value, [value]) as command>
    <#if !result?seq_contains("`" + command + "`")><#local result = result + ["`" + command + "`"]></#if>
  </#list>
  <#return result>
</#function>

<#-- The list with the phrase added, unless a phrase already there says it (one phrase inside another counts). -->
<#function addPhrase list value>
  <#if !uses(value)><#return list></#if>
  <#local phrase = value?is_sequence?then(value?join(", "), value?string)>
  <#if list?filter(p -> p?contains(phrase))?has_content><#return list></#if>
  <#return list?filter(p -> !phrase?contains(p)) + [phrase]>
</#function>

<#-- A command variable as Markdown code: "`a`", or "`a` and `b`" for a list of commands. -->
<#function commands value>
  <#if value?is_sequence>
    <#return sentenceList(value?map(c -> "`" + c + "`"))>
  </#if>
  <#return "`" + value + "`">
</#function>

<#-- " in the front end's own folder" when a companion stack covers the surface (its build files and commands live
     beside the main stack's), else "". -->
<#function folderOf surface label>
  <#if stack.companions[surface]??>
    <#return " in the " + label + "'s own folder">
  </#if>
  <#return "">
</#function>

<#-- The sentence every builder gets before it trusts a version this text names. -->
<#function versionCheck files>
  <#if uses(files)>
    <#return "Check the versions pinned in " + files + " before trusting the versions named here; where they differ, the build files win">
  </#if>
  <#return "Check the versions pinned in the build files before trusting the versions named here; where they differ, the build files win">
</#function>

<#-- "the project" for sentences: the project's name and, when the project type says what it is, that too. -->
<#function projectPhrase>
  <#if project.type.inText?has_content>
    <#return projectName + ", " + project.type.inText>
  </#if>
  <#return projectName>
</#function>

<#-- The teammates present among the given agent names, in the order given. -->
<#function present names>
  <#return names?filter(n -> has[n]!false)>
</#function>

<#-- "a, b and c" from a sequence of strings. -->
<#function sentenceList items>
  <#if items?size == 0><#return ""></#if>
  <#if items?size == 1><#return items[0]></#if>
  <#return items[0..items?size-2]?join(", ") + " and " + items?last>
</#function>

<#-- The value when it has a real value, else the fallback phrase. -->
<#function pick value fallback>
  <#if uses(value)><#return value?is_sequence?then(value?join(", "), value?string)></#if>
  <#return fallback>
</#function>

<#-- "a" or "an" before a word ("an AI/ML project", "a Backend API project"). -->
<#function a word>
  <#return word?matches("[AEIOUaeiou].*")?then("an", "a")>
</#function>

<#-- True when the variable has a real value (not "none"). -->
<#function uses value>
  <#if value?is_sequence><#return value?has_content></#if>
  <#return value?has_content && value?string != "none">
</#function>
