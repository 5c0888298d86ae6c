<#--
  Shared macros for agent templates. Import with: <#import "lib/team.ftl" as t>
  Data model (see README, "Writing scaffolds"): project, projectName, projectType, stack, deployment,
  deploymentAgent, vars, settings, team, others, agent, guidance, has, stages.
-->

<#-- The Collaboration section: one line per teammate actually in this team, by agent name.
     sentences: a hash from teammate id (or "deployment" for the deployment agent) to a sentence for the pair;
     a teammate without one gets a sentence built from its focus. -->
<#macro collaboration sentences={}>
# Collaboration
<#list others as m>
- **With ${m.title}** (`${m.name}`): ${sentences[m.id]!("Coordinate on " + m.focus + " whenever your work touches it")}
</#list>
</#macro>

<#-- Stack-specific practices for this role, when the stack has any. -->
<#macro stackPractices>
<#if guidance?has_content>
# ${stack.name} Practices
<#list guidance as line>
- ${line}
</#list>
</#if>
</#macro>

<#-- "a, b and c" from a sequence of strings. -->
<#function sentenceList items>
  <#if items?size == 0><#return ""></#if>
  <#if items?size == 1><#return items[0]></#if>
  <#return items[0..items?size-2]?join(", ") + " and " + items?last>
</#function>

<#-- The value when it has a real value, else the fallback phrase. -->
<#function pick value fallback>
  <#if uses(value)><#return value?string></#if>
  <#return fallback>
</#function>

<#-- "a" or "an" before a word ("an AI/ML project", "a Backend API project"). -->
<#function a word>
  <#return word?matches("[AEIOUaeiou].*")?then("an", "a")>
</#function>

<#-- True when the variable has a real value (not "none"). -->
<#function uses value>
  <#return value?has_content && value?string != "none">
</#function>
