package com.csptransition.engine;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * What a deployed BPMN or DMN can run: expressions through {@link SandboxedExpressionManager}, and no scripts.
 * Deploying is for administrators only, but a stolen administrator password should not be a shell on the server:
 * the script engines on the classpath (Drools' MVEL, Camunda's own JUEL engine with its unguarded resolver, FEEL)
 * reach any Java class. Our processes use no scripts.
 */
@Component
public class EngineSandbox extends AbstractProcessEnginePlugin {

    private final ApplicationContext applicationContext;

    public EngineSandbox(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new SandboxedExpressionManager(applicationContext));
        configuration.setScriptEngineResolver(new NoScripts());
        configuration.setEnableFetchScriptEngineFromProcessApplication(false); // nor a process application's
    }

    /** Every script task, script listener, script condition or DMN script fails when it would run. */
    private static final class NoScripts implements ScriptEngineResolver {

        @Override
        public void addScriptEngineFactory(ScriptEngineFactory scriptEngineFactory) {
            throw refused(scriptEngineFactory.getLanguageName());
        }

        @Override
        public ScriptEngineManager getScriptEngineManager() {
            throw refused("any language");
        }

        @Override
        public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
            throw refused(language);
        }

        private static ProcessEngineException refused(String language) {
            return new ProcessEngineException("Scripts are disabled in this service (" + language
                    + "): use an expression or a Java delegate.");
        }
    }
}
