package com.csptransition.processes;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the task guard and the form inputs check on every user task of every deployed BPMN, as built-in listeners:
 * an analyst's BPMN cannot leave them out, and they run even where custom listeners are skipped. A task ends by its
 * completion only ({@link TaskShortcuts}).
 */
@Component
public class GuardedUserTasks extends AbstractProcessEnginePlugin {

    private final TaskGuard guard;
    private final TaskInputs inputs;

    public GuardedUserTasks(TaskGuard guard, TaskInputs inputs) {
        this.guard = guard;
        this.inputs = inputs;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new TaskShortcuts(configuration));
        if (configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequiresNew().add(new TaskShortcuts(configuration));
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, guard);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, guard);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, inputs);
            }
        });
    }
}
