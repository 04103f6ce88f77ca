package com.csptransition.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/** Reads the inputs of a user task's Camunda Form (camunda:formRef), the form the Tasklist shows for it. */
@Component
class TaskForms {

    /** form-js components a user types or picks a value in; text, images and buttons are not inputs. */
    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "radio",
            "select", "checklist", "taglist", "datetime");

    private final ObjectMapper json = new ObjectMapper();
    // a deployed form definition never changes: each is read once
    private final Map<String, List<FormInput>> byFormDefinition = new ConcurrentHashMap<>();

    List<FormInput> inputsOf(TaskEntity task) {
        TaskDefinition definition = task.getTaskDefinition();
        Expression key = definition.getCamundaFormDefinitionKey();
        if (key == null) {
            return List.of();
        }
        CamundaFormRefImpl ref = new CamundaFormRefImpl(String.valueOf(key.getValue(task)),
                definition.getCamundaFormDefinitionBinding());
        if (definition.getCamundaFormDefinitionVersion() != null) {
            ref.setVersion(Integer.valueOf(String.valueOf(definition.getCamundaFormDefinitionVersion().getValue(task))));
        }
        CommandContext context = Context.getCommandContext();
        CamundaFormDefinition form = context.runWithoutAuthorization(
                new GetCamundaFormDefinitionCmd(ref, task.getProcessDefinition().getDeploymentId()));
        if (form == null) {
            throw new ProcessEngineException("Task '" + task.getName() + "' names the form '" + ref.getKey()
                    + "', which is not deployed.");
        }
        return byFormDefinition.computeIfAbsent(form.getId(), id -> inputs(context.getResourceManager()
                .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName()).getBytes()));
    }

    private List<FormInput> inputs(byte[] schema) {
        try {
            List<FormInput> inputs = new ArrayList<>();
            collect(json.readTree(schema), inputs);
            return List.copyOf(inputs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Components nest in groups; a disabled or read-only field shows a value, the user does not give one. */
    private static void collect(JsonNode node, List<FormInput> inputs) {
        for (JsonNode component : node.path("components")) {
            String type = component.path("type").asText();
            if (component.hasNonNull("key") && INPUT_TYPES.contains(type) && !component.path("disabled").asBoolean()
                    && !component.path("readonly").asBoolean()) {
                JsonNode validate = component.path("validate");
                List<String> values = new ArrayList<>();
                component.path("values").forEach(v -> values.add(v.path("value").asText()));
                // a field shown on a condition is required only when shown, which the server cannot evaluate (FEEL):
                // the task's own listener checks it then
                boolean required = validate.path("required").asBoolean() && !component.has("conditional");
                inputs.add(new FormInput(component.get("key").asText(), type, required,
                        validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null, List.copyOf(values)));
            }
            collect(component, inputs);
        }
    }
}
