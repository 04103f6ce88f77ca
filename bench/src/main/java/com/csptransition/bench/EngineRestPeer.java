package com.csptransition.bench;

import java.util.UUID;
import java.util.regex.Matcher;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * LifecycleBench's peer (issue 18): a process of the transfer's shape (review, async step, two verifications;
 * bench/engine-rest-peer.bpmn) driven through Camunda's own REST API of the same running service — the door a
 * system would use without our API — by the same HTTP client, users and credentials as the service's path. Per
 * lifecycle: start, then query the task and complete it three times (7 calls against the service's 4); the async
 * step's job is executed by the client through the Java API, as for the service's path.
 *
 * <p>Camunda authorizations stay on: the set-up grants the partner's organisation (contoso-admin's group) what
 * starting an instance over REST needs (READ and CREATE_INSTANCE on the definition, CREATE on process instances);
 * the tasks are read and completed with what the engine grants a task's candidate group by itself (TASK_WORK).
 */
final class EngineRestPeer {

    static final String KEY = "engineRestPeerTransfer";

    private final LifecycleBench bench;

    private EngineRestPeer(LifecycleBench bench) {
        this.bench = bench;
    }

    /** Deploys the peer's BPMN and grants its starter group what it needs; returns the peer of that service. */
    static EngineRestPeer setUp(ConfigurableApplicationContext app, LifecycleBench bench) {
        app.getBean(RepositoryService.class).createDeployment().name("lifecycle-bench-peer")
                .addClasspathResource("bench/engine-rest-peer.bpmn").deploy();
        AuthorizationService authorizations = app.getBean(AuthorizationService.class);
        grant(authorizations, Resources.PROCESS_DEFINITION, KEY, Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(authorizations, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        return new EngineRestPeer(bench);
    }

    private static void grant(AuthorizationService authorizations, Resource resource, String id, Permission... what) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(LifecycleBench.PARTNER);
        grant.setResource(resource);
        grant.setResourceId(id);
        for (Permission permission : what) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }

    void lifecycle(int i) {
        String engine = bench.base() + "/engine-rest";
        // a random business key, as the service's requests have random ids
        String businessKey = UUID.randomUUID().toString();
        String started = LifecycleBench.call("contoso-admin", "POST", engine + "/process-definition/key/" + KEY
                + "/start", "{\"businessKey\": \"" + businessKey + "\"}", 200);
        String process = id(started);
        complete("northwind-admin", engine, process, "{\"variables\": {\"decision\": {\"value\": \"accept\"}}}");
        bench.executeTransferJob(businessKey);
        complete("northwind-admin", engine, process, "{}");
        complete("contoso-admin", engine, process, "{}");
    }

    private static void complete(String user, String engine, String process, String body) {
        String task = id(LifecycleBench.call(user, "GET", engine + "/task?processInstanceId=" + process, null, 200));
        LifecycleBench.call(user, "POST", engine + "/task/" + task + "/complete", body, 204);
    }

    private static String id(String json) {
        Matcher m = LifecycleBench.ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }
}
