<#import "lib/team.ftl" as t>
# Role
stub mobile-engineer for ${projectName}

<@t.collaboration/>
