package com.csptransition.engine;

import com.csptransition.CspTransitionApplication;
import java.lang.reflect.Method;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.BpmnModelExecutionContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
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
import org.springframework.context.ApplicationContext;

/**
 * Camunda's Spring expressions (JUEL) with less reach: JUEL calls any public method of any object it reaches, so
 * an administrator's BPMN could go from ${''.getClass()} through reflection to Runtime.exec, or from
 * ${execution.processEngine} to SQL of its own. Expressions name only this service's beans, and call methods only
 * of an allow-list: this service's own classes, the execution's and task's own view of the process (not the engine
 * behind them), and plain values. Camunda has no setting for this. The process, task and variables stay as they were.
 */
public class SandboxedExpressionManager extends SpringExpressionManager {

    private static final String OWN_PACKAGE = CspTransitionApplication.class.getPackageName() + ".";

    /** Values whose methods lead nowhere: text, numbers, times, and the collections that hold them. */
    private static final List<Class<?>> VALUES = List.of(CharSequence.class, Number.class, Boolean.class,
            Character.class, Enum.class, TemporalAccessor.class, TemporalAmount.class, Date.class, Collection.class,
            Map.class, Optional.class);
    /** The process as a delegate sees it; the engine and the model behind it are out of reach. */
    private static final List<Class<?>> PROCESS_VIEWS = List.of(DelegateExecution.class, DelegateTask.class);
    private static final Set<String> PROCESS_VIEW_MEMBERS = members(DelegateExecution.class, DelegateTask.class);
    private static final ClassValue<Boolean> ALLOWED_TYPE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.getName().startsWith(OWN_PACKAGE) || VALUES.stream().anyMatch(v -> v.isAssignableFrom(type));
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

    /** Properties and methods of Java objects on the allow-list, never getClass. */
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
            if (PROCESS_VIEWS.stream().anyMatch(v -> v.isInstance(base))) {
                throw new ELException("Expressions may not assign " + property + " of the process.");
            }
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
            boolean allowed = !"class".equals(member) && !"getClass".equals(member)
                    && (ALLOWED_TYPE.get(base.getClass()) || PROCESS_VIEWS.stream().anyMatch(v -> v.isInstance(base))
                            && PROCESS_VIEW_MEMBERS.contains(String.valueOf(member)));
            if (!allowed) {
                throw new ELException("Expressions may not use " + member + " of " + base.getClass().getName()
                        + ": only this service's beans, the execution's and task's own view of the process, and"
                        + " plain values are in reach.");
            }
        }
    }

    /**
     * The methods, and the bean properties they make, of the delegate views and the interfaces they extend — but
     * not the engine's services nor the BPMN model behind them.
     */
    private static Set<String> members(Class<?>... views) {
        Set<String> members = new HashSet<>();
        for (Class<?> view : views) {
            for (Method method : view.getMethods()) {
                if (method.getDeclaringClass() == ProcessEngineServicesAware.class
                        || method.getDeclaringClass() == BpmnModelExecutionContext.class
                        || method.getName().equals("setProcessBusinessKey")) {
                    continue; // the engine, the model, and what a process is about stay as they are
                }
                members.add(method.getName());
                String name = method.getName();
                int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
                if (prefix > 0 && name.length() > prefix) {
                    members.add(Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1));
                }
            }
        }
        return Set.copyOf(members);
    }
}
