package com.csptransition.engine;

import com.csptransition.CspTransitionApplication;
import java.io.File;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.spi.FileSystemProvider;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.spring.ApplicationContextElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.test.mock.MockElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationContext;

/**
 * Camunda's Spring expressions (JUEL) with less reach: JUEL calls any public method of any object it reaches, so
 * an administrator's BPMN could go from ${''.getClass()} through reflection to Runtime.exec. Expressions name only
 * this service's beans, and may not touch classes, reflection, the process, files, SQL or the engine's and Spring's
 * innards. Camunda has no setting for this. The process, task and variables stay as they were.
 */
public class SandboxedExpressionManager extends SpringExpressionManager {

    private static final String OWN_PACKAGE = CspTransitionApplication.class.getPackageName() + ".";

    /** What leads from an expression to code or the operating system. */
    private static final List<Class<?>> REFUSED = List.of(Class.class, ClassLoader.class, Module.class,
            Runtime.class, ProcessBuilder.class, Process.class, System.class, Thread.class,
            File.class, Path.class, FileSystem.class, FileSystemProvider.class, // a DRL file is code here
            DataSource.class, Connection.class, // H2's SQL compiles Java
            ProcessEngineConfiguration.class, BeanFactory.class); // every bean, the data source, script engines
    private static final List<String> REFUSED_PACKAGES = List.of("java.lang.reflect.", "java.lang.invoke.");
    private static final ClassValue<Boolean> REFUSED_TYPE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return REFUSED.stream().anyMatch(refused -> refused.isAssignableFrom(type))
                    || REFUSED_PACKAGES.stream().anyMatch(type.getName()::startsWith);
        }
    };

    public SandboxedExpressionManager(ApplicationContext applicationContext) {
        super(applicationContext);
    }

    /** SpringExpressionManager's resolvers, with the bean names and the Java bean access narrowed. */
    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new MockElResolver());
        resolver.add(new OwnBeans(applicationContext));
        resolver.add(new ArrayELResolver());
        resolver.add(new ListELResolver());
        resolver.add(new MapELResolver());
        resolver.add(new GuardedBeans());
        return resolver;
    }

    /** Only this service's beans have names in expressions: not the data source, the environment, Camunda's. */
    private static final class OwnBeans extends ApplicationContextElResolver {

        OwnBeans(ApplicationContext applicationContext) {
            super(applicationContext);
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null && property instanceof String name && applicationContext.containsBean(name)) {
                Class<?> type = applicationContext.getType(name);
                if (type == null || !type.getName().startsWith(OWN_PACKAGE)) {
                    return null; // left unresolved: "Cannot resolve identifier"
                }
            }
            return super.getValue(context, base, property);
        }
    }

    /** Properties and methods of Java objects, except getClass and whatever {@link #REFUSED} names. */
    private static final class GuardedBeans extends BeanELResolver {

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            refuse(base, property);
            return super.getValue(context, base, property);
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            refuse(base, property);
            return super.getType(context, base, property);
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            refuse(base, property);
            super.setValue(context, base, property, value);
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            refuse(base, method);
            return super.invoke(context, base, method, paramTypes, params);
        }

        private static void refuse(Object base, Object member) {
            if (base == null) {
                return;
            }
            if ("class".equals(member) || "getClass".equals(member) || REFUSED_TYPE.get(base.getClass())) {
                throw new ELException("Expressions may not use " + member + " of " + base.getClass().getName()
                        + ": classes, reflection, the process, files and the engine's innards are out of reach.");
            }
        }
    }
}
