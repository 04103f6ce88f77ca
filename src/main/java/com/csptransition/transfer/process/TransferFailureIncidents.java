package com.csptransition.transfer.process;

import com.csptransition.web.ApiException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's failed-job incidents, and one more thing for the transfer step: when the transfer job of
 * processes/subscription-transfer.bpmn runs out of retries, the engine creates its incident (in the transaction that
 * records the last failure, after the job's own work was rolled back), and {@link TransferFailures} records the
 * request as Failed in that same transaction. Every other incident is Camunda's alone. The incident stays for
 * operations: retry (Cockpit) or cancel the process instance.
 */
@Component
public class TransferFailureIncidents extends AbstractProcessEnginePlugin {

    /** The step whose failure fails the request. */
    public static final String TRANSFER_STEP = "applyTransfer";

    // the failures need the engine's identity service, which needs this plugin: looked up when an incident happens
    private final ObjectProvider<TransferFailures> failures;

    public TransferFailureIncidents(ObjectProvider<TransferFailures> failures) {
        this.failures = failures;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        IncidentHandler engines = configuration.getIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE);
        configuration.getIncidentHandlers().put(Incident.FAILED_JOB_HANDLER_TYPE, new Handler(engines));
    }

    private final class Handler implements IncidentHandler {

        private final IncidentHandler engines;

        Handler(IncidentHandler engines) {
            this.engines = engines;
        }

        @Override
        public String getIncidentHandlerType() {
            return engines.getIncidentHandlerType();
        }

        @Override
        public Incident handleIncident(IncidentContext context, String message) {
            Incident incident = engines.handleIncident(context, message);
            if (TRANSFER_STEP.equals(context.getActivityId()) && context.getExecutionId() != null
                    && TransferProcess.KEY.equals(processKey(context.getProcessDefinitionId()))) {
                ExecutionEntity execution = Context.getCommandContext().getExecutionManager()
                        .findExecutionById(context.getExecutionId());
                if (execution != null && execution.getProcessBusinessKey() != null) {
                    failures.getObject().record(execution.getProcessBusinessKey(), ours(context) ? message : null,
                            message, incident == null ? "" : incident.getId());
                }
            }
            return incident;
        }

        @Override
        public void resolveIncident(IncidentContext context) {
            engines.resolveIncident(context);
        }

        @Override
        public void deleteIncident(IncidentContext context) {
            engines.deleteIncident(context);
        }

        /**
         * One of the service's own refusals (its message is written for the sides), not a technical failure (its
         * message may show SQL, hosts or stack details: operations only).
         */
        private static boolean ours(IncidentContext context) {
            JobEntity job = context.getConfiguration() == null ? null
                    : Context.getCommandContext().getJobManager().findJobById(context.getConfiguration());
            String trace = job == null ? null : job.getExceptionStacktrace();
            return trace != null && trace.startsWith(ApiException.class.getName() + ":");
        }

        private static String processKey(String processDefinitionId) {
            if (processDefinitionId == null) {
                return null;
            }
            ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(processDefinitionId);
            return definition == null ? null : definition.getKey();
        }
    }
}
