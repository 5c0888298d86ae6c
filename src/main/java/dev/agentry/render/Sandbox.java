package dev.agentry.render;

import java.util.List;

import dev.agentry.catalog.ScaffoldLayer;
import freemarker.core.TemplateClassResolver;
import freemarker.log.Logger;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateExceptionHandler;

/**
 * The FreeMarker configuration, with every sandbox setting in one place: templates cannot instantiate or
 * reach Java classes ({@code ?new} resolves nothing, {@code ?api} is off, the data model holds only plain
 * values wrapped so that no Java method is callable) and templates load only from the scaffold layers.
 */
final class Sandbox {

    static {
        // agentry reports template errors itself: FreeMarker's own logging would only cost start-up time (setting up
        // java.util.logging) and print nothing useful. Must be set before FreeMarker creates its first logger.
        if (System.getProperty(Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY) == null) {
            System.setProperty(Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY, Logger.LIBRARY_NAME_NONE);
        }
    }

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
