<#import "lib/team.ftl" as t>
# Role
stub ui-ux-designer for ${projectName}

<@t.collaboration/>
