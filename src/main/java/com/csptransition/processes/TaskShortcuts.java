package com.csptransition.processes;

import com.csptransition.identity.Caller;
import java.util.List;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Camunda lets whoever may work on a task (TASK_WORK) also resolve it or throw a BPMN error or escalation from it:
 * each ends or diverts the task with variables of the caller's choosing and without its completion, so without the
 * task guard and the form's fields. Only administrators may.
 */
class TaskShortcuts extends CommandInterceptor {

    private static final List<Class<?>> SHORTCUTS = List.of(ResolveTaskCmd.class, HandleTaskBpmnErrorCmd.class,
            HandleTaskEscalationCmd.class);

    private final ProcessEngineConfigurationImpl configuration;

    TaskShortcuts(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (SHORTCUTS.stream().anyMatch(shortcut -> shortcut.isInstance(command))) {
            Authentication user = configuration.getIdentityService().getCurrentAuthentication();
            if (user != null && (user.getGroupIds() == null || !user.getGroupIds().contains(Caller.ADMIN_GROUP))) {
                throw new TaskRefused("A task is done by completing it: user " + user.getUserId()
                        + " may not resolve it nor throw a BPMN error or escalation from it.");
            }
        }
        return next.execute(command);
    }
}
