<#import "lib/team.ftl" as t>
# Role
stub ai-engineer for ${projectName}

<@t.collaboration/>
