<#import "lib/team.ftl" as t>
# Role
stub data-engineer for ${projectName}

<@t.collaboration/>
