package com.csptransition.processes;

import com.csptransition.web.ApiException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * A user task takes the fields of its form and nothing else. Processes hold no variables — what a process acts on
 * is its business key, fixed when it starts, and what happened is in the domain tables — so whatever a completion
 * (or form submission) put into the process must be a field of the task's form, valid as the form says; the values
 * then move onto the task, where the task's own listeners read them, and the process is left holding nothing.
 * Added to every user task by {@link GuardedUserTasks}.
 */
@Component
public class TaskInputs implements TaskListener {

    private final TaskForms forms;

    public TaskInputs(TaskForms forms) {
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        List<FormInput> inputs = forms.inputsOf((TaskEntity) task);
        DelegateExecution process = task.getExecution();
        Set<String> stray = new TreeSet<>(process.getVariableNames());
        inputs.forEach(input -> stray.remove(input.key()));
        if (!stray.isEmpty()) {
            throw ApiException.invalidInput("Task '" + task.getName() + "' takes only the fields of its form "
                    + inputs.stream().map(FormInput::key).toList() + ", not " + stray + ".").with("fields", stray);
        }
        List<String> problems = inputs.stream().map(input -> input.problem(process.getVariable(input.key())))
                .filter(Objects::nonNull).toList();
        if (!problems.isEmpty()) {
            throw ApiException.invalidInput("Task '" + task.getName() + "': " + String.join(" ", problems))
                    .with("errors", problems);
        }
        for (FormInput input : inputs) {
            task.setVariableLocal(input.key(), process.getVariable(input.key()));
            process.removeVariable(input.key());
        }
    }
}
