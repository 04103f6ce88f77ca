package com.csptransition.processes;

import com.csptransition.identity.Caller;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What Camunda's REST APIs answer only administrators, though Camunda's authorizations would answer more: every
 * user may read the process definitions (the Tasklist's diagram tab), and Camunda's statistics of a definition count
 * the instances of every organisation — how many transfers, enrollments and invitations run, and which failed.
 */
@Provider
public class AdministratorsOnly implements ContainerRequestFilter {

    private static final Pattern STATISTICS =
            Pattern.compile("(^|/)process-definition(/key/[^/]+(/tenant-id/[^/]+)?|/[^/]+)?/statistics(/|$)");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!STATISTICS.matcher(request.getUriInfo().getPath()).find()) {
            return;
        }
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine();
        Authentication user = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
        if (user == null || user.getGroupIds() == null || !user.getGroupIds().contains(Caller.ADMIN_GROUP)) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "Forbidden", "message", "Process statistics count every organisation's"
                            + " instances: they are for administrators (group camunda-admin).")).build());
        }
    }
}
