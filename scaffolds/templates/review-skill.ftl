<#import "lib/team.ftl" as t>
<#import "lib/workflow.ftl" as w>
<#-- The review workflow: the reviewer and the tester of this team on the change in the working tree. -->
<#assign tests = w.checks("test")>
<#assign lints = w.checks("lint")>
<#assign reviewer = has["code-reviewer"]>
<#assign tester = has["testing-specialist"]>
<#assign step = 0>
# Review Workflow
You review the current change to ${projectName} before it is committed or merged, with <#if reviewer>`code-reviewer`</#if><#if reviewer && tester> and </#if><#if tester>`testing-specialist`</#if>. Nobody changes code during a review: each finding goes back to whoever wrote that code, and the review runs again once it is fixed.

**Focus**: $ARGUMENTS

When the focus above is empty, review everything that differs from the main branch.

<#assign step = step + 1>
# ${step}. Find the Change
- Run `git status`, `git diff` and `git diff --staged` to see the change in the working tree
- On a branch, compare it with the main branch too: `git diff main...HEAD` (with the repository's main branch name)
- Note the files changed and the story or request the change is for; when there is none, ask the user what the change is meant to do

<#assign step = step + 1>
# ${step}. Run the Checks
<#if tests?has_content || lints?has_content>
<#if tests?has_content>
- **Tests**: ${t.sentenceList(tests)}
</#if>
<#if lints?has_content>
- **Linters**: ${t.sentenceList(lints)}
</#if>
- Keep each command's result (passed, or the first failure) for the agents below: they run the same commands, and a failure found here is a finding already
<#else>
- Run the project's tests and linters, and keep each result for the agents below
</#if>

<#if reviewer>
<#assign step = step + 1>
# ${step}. Review: `code-reviewer`
- **Give it**: the files changed, the story or request, and the results of the checks
- **It hands back**: a verdict (approve, approve once the should-fix items are done, or changes required) and findings marked blocking, should-fix or nit, with file and line, why each matters and the fix
<#if tester>
- **In parallel** with the next step when the change is large: the two do not depend on each other
</#if>

</#if>
<#if tester>
<#assign step = step + 1>
# ${step}. Verify: `testing-specialist`
- **Give it**: the files changed, the story's acceptance criteria<#if reviewer>, and `code-reviewer`'s findings about tests</#if>
- **It hands back**: the tests it added for what the change does not cover yet, the suites run with their results, coverage against the ${vars.testCoverageTarget}% target, and a go or no-go
- It writes test code only; a defect it finds in the change is a finding, not a fix

</#if>
<#assign step = step + 1>
# ${step}. Report to the User
- **Verdict**: <#if reviewer>the reviewer's verdict</#if><#if reviewer && tester> and </#if><#if tester>the go or no-go</#if>, in one line
- **Blocking**: each blocking finding with file:line, and who fixes it: the agent that wrote that code, or you where you wrote it
- **Checks**: each command and its result
- **Then**: once the blocking findings are fixed, run this review again on the new diff; nothing is committed or merged while one is open

# Key Principles
- **Review the Diff, Not the Codebase**: findings are about what changed and what it touches
- **Evidence Over Opinion**: a finding names the line, the risk and the fix; a failing command is shown with its output
- **Severity Decides**: blocking for correctness, security and failing checks; should-fix and nits never hold a merge
- **Read-Only for You Too**: do not fix findings during the review; hand them back, so the review stays a review
