<#import "lib/team.ftl" as t>
# Role
stub frontend-engineer for ${projectName}

<@t.collaboration/>
