package dev.agentry.render;

import java.util.List;

import dev.agentry.catalog.ScaffoldLayer;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateExceptionHandler;

/**
 * The FreeMarker configuration, with every sandbox setting in one place: templates cannot instantiate or
 * reach Java classes ({@code ?new} resolves nothing, {@code ?api} is off, the data model holds only plain
 * values wrapped so that no Java method is callable) and templates load only from the scaffold layers.
 */
final class Sandbox {

    private Sandbox() {
    }

    static Configuration configuration(List<ScaffoldLayer> layers) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new LayerTemplateLoader(layers));
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        SimpleObjectWrapper wrapper = new SimpleObjectWrapper(Configuration.VERSION_2_3_34);
        wrapper.setUseAdaptersForContainers(true);
        configuration.setObjectWrapper(wrapper);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setAttemptExceptionReporter((te, env) -> { });
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setLocalizedLookup(false);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
        configuration.setFallbackOnNullLoopVariable(false);
        // templates are parsed once per process and never reloaded
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        return configuration;
    }
}
