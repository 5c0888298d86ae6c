package dev.agentry.render;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.catalog.LegacyAgent;
import dev.agentry.catalog.ScaffoldLayer;
import dev.agentry.catalog.SkillSpec;
import dev.agentry.catalog.SummaryHeadings;
import dev.agentry.compose.Member;
import dev.agentry.compose.Team;
import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;

/**
 * Renders a team in memory: every agent's description and body, then the shared documents. Templates are
 * parsed once per renderer and reused for every team it renders.
 */
public final class TeamRenderer {

    private final Configuration configuration;
    private final LayerTemplateLoader loader;
    /** Descriptions are small templates of their own, parsed once per process like the files. */
    private final Map<String, Template> inlineTemplates = new java.util.concurrent.ConcurrentHashMap<>();

    public TeamRenderer(List<ScaffoldLayer> layers) {
        this.configuration = Sandbox.configuration(layers);
        this.loader = (LayerTemplateLoader) configuration.getTemplateLoader();
    }

    /**
     * Renders every agent of the team, then each named document template (for example "claude-md.ftl"), then the
     * description of each catalogue skill whose template is among the documents. Documents see
     * the team's values and {@code agents}: per agent its member values, {@code description}, {@code body}, the body's
     * {@code sections} by heading, its {@code role} paragraph (the section the catalogue's summary headings name as the
     * role, "Role" in the built-in one, else the first paragraph), its {@code responsibilities} (that section, else "")
     * and its {@code triggers} (the items of that section, else an empty list).
     */
    public RenderedTeam render(Team team, List<String> documentTemplates) {
        Map<String, Object> teamModel = TemplateModel.forTeam(team);
        List<RenderedAgent> agents = new ArrayList<>();
        for (Member member : team.members()) {
            agents.add(renderAgent(team, member, teamModel));
        }
        Map<String, Object> documentModel = new LinkedHashMap<>(teamModel);
        List<Object> summaries = new ArrayList<>();
        for (RenderedAgent agent : agents) {
            summaries.add(summary(team, agent));
        }
        documentModel.put("agents", summaries);
        Map<String, String> documents = new LinkedHashMap<>();
        for (String template : documentTemplates) {
            documents.put(template, Tidy.markdown(process(template, documentModel)));
        }
        return new RenderedTeam(team, agents, documents, skills(team, documents, documentModel));
    }

    /** The catalogue's skills whose templates were rendered as documents, each with its description rendered. */
    private List<RenderedSkill> skills(Team team, Map<String, String> documents, Map<String, Object> model) {
        List<RenderedSkill> skills = new ArrayList<>();
        for (SkillSpec skill : team.catalog().skills()) {
            String body = documents.get(skill.template());
            if (body != null) {
                String description = Tidy.oneLine(inline(skill.description(), "description of skill " + skill.id(), model));
                skills.add(new RenderedSkill(skill.id(), description, skill.argumentHint(), body));
            }
        }
        return skills;
    }

    /** What documents see of one rendered agent. */
    private static Map<String, Object> summary(Team team, RenderedAgent agent) {
        Map<String, Object> summary = new LinkedHashMap<>(TemplateModel.member(team.member(agent.name()).orElseThrow()));
        summary.put("description", agent.description());
        summary.put("body", agent.body());
        Map<String, String> sections = Sections.of(agent.body());
        summary.put("sections", sections);
        // the sections documents condense are the catalogue's to name (summary-headings in catalog.yml)
        SummaryHeadings headings = team.catalog().summaryHeadings();
        summary.put("role", sections.getOrDefault(headings.role(), Sections.firstParagraph(agent.body())));
        summary.put("responsibilities", sections.getOrDefault(headings.responsibilities(), ""));
        summary.put("triggers", Sections.items(sections.getOrDefault(headings.triggers(), "")));
        return summary;
    }

    private RenderedAgent renderAgent(Team team, Member member, Map<String, Object> teamModel) {
        LegacyAgent legacy = team.catalog().legacyAgents().get(member.name());
        if (legacy != null) {
            return LegacyRenderer.render(legacy, team, member);
        }
        Map<String, Object> model = TemplateModel.forMember(teamModel, team, member);
        String description = Tidy.oneLine(inline(member.spec().description(), "description of " + member.spec().id(), model));
        String body = Tidy.markdown(process(member.template(), model));
        return new RenderedAgent(member.name(), member.title(), description, member.spec().model(), member.color(),
                member.spec().tools(), member.stage().id(), member.deployment(), body);
    }

    private String process(String templateName, Map<String, Object> model) {
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        }
        catch (TemplateNotFoundException e) {
            throw AgentryException.usage("Template '" + e.getTemplateName() + "' was not found under templates/ in any"
                    + " scaffold layer.");
        }
        catch (ParseException e) {
            throw AgentryException.usage(loader.location(e.getTemplateName()) + ":" + e.getLineNumber() + ":"
                    + e.getColumnNumber() + ": " + firstLine(e.getEditorMessage()));
        }
        catch (TemplateException e) {
            throw translate(e);
        }
        catch (IOException e) {
            throw AgentryException.usage("Template '" + templateName + "' cannot be read: " + e.getMessage());
        }
    }

    private String inline(String text, String name, Map<String, Object> model) {
        try {
            Template template = inlineTemplates.get(name + "\n" + text);
            if (template == null) {
                TemplateSafety.check(text, name);
                template = new Template(name, text, configuration);
                inlineTemplates.put(name + "\n" + text, template);
            }
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        }
        catch (ParseException e) {
            throw AgentryException.usage(name + ": " + firstLine(e.getEditorMessage()));
        }
        catch (TemplateException e) {
            throw translate(e);
        }
        catch (IOException e) {
            throw AgentryException.usage(name + ": " + e.getMessage());
        }
    }

    private AgentryException translate(TemplateException e) {
        String where = loader.location(e.getTemplateSourceName()) + (e.getLineNumber() == null ? "" : ":" + e.getLineNumber());
        String message = firstLine(e.getMessageWithoutStackTop());
        Throwable cause = e.getCause();
        if (cause instanceof AgentryException agentry) {
            return agentry;
        }
        boolean sandbox = message.contains("security reasons") || message.contains("api_builtin_enabled")
                || message.contains("not allowed") || cause instanceof freemarker.template.MalformedTemplateNameException;
        return new AgentryException(sandbox ? ExitCode.UNSAFE : ExitCode.USAGE,
                where + ": " + (sandbox ? "refused: " : "") + message + (sandbox ? " Nothing was written." : ""));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "template error";
        }
        String line = message.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline).strip();
    }
}
