package com.csptransition.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the REST caller, so Camunda's authorizations and the BPMN's task listeners see the same
 * user they would see in the Tasklist.
 */
@Component
public class EngineUser {

    private final IdentityService identityService;
    private final CommandExecutor commands;

    public EngineUser(ProcessEngine engine) {
        this.identityService = engine.getIdentityService();
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /**
     * Completes a task as the caller once our API has checked the caller's organisation and role against the task:
     * Camunda's authorization query would repeat that check (a seventh of a REST lifecycle's cost), while the task
     * guard and the operation log still see the caller.
     */
    public void completeTask(Caller caller, String taskId, Map<String, Object> variables) {
        run(caller, () -> commands.execute(context -> context.runWithoutAuthorization(
                new CompleteTaskCmd(taskId, variables))));
    }

    /**
     * Gives a task back, as the caller, once our API has checked the caller's organisation and role: partner users
     * hold no TASK_ASSIGN permission in Camunda, which unclaiming asks for.
     */
    public void unclaimTask(Caller caller, String taskId) {
        run(caller, () -> commands.execute(context -> context.runWithoutAuthorization(
                new AssignTaskCmd(taskId, null))));
    }

    public <T> T as(Caller caller, Supplier<T> work) {
        List<String> groups = new ArrayList<>();
        if (caller.organisationId() != null) {
            groups.add(caller.organisationId());
        }
        caller.roles().forEach(role -> groups.add(role.groupId()));
        if (caller.administrator()) {
            groups.add(Caller.ADMIN_GROUP);
        }
        identityService.setAuthentication(caller.userId(), groups);
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public void run(Caller caller, Runnable work) {
        as(caller, () -> {
            work.run();
            return null;
        });
    }
}
