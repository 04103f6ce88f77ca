package com.csptransition.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The first administrator comes from Camunda's starter (camunda.bpm.admin-user: CAMUNDA_BPM_ADMINUSER_ID and
 * CAMUNDA_BPM_ADMINUSER_PASSWORD), which creates that user at start when it does not exist; never from the network
 * (Camunda's setup page is closed, see {@link SecurityConfiguration}).
 */
@Component
public class FirstAdministrator extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Environment environment;
    private final ObjectProvider<IdentityService> identityService; // the engine is built after its plugins

    public FirstAdministrator(Environment environment, ObjectProvider<IdentityService> identityService) {
        this.environment = environment;
        this.identityService = identityService;
    }

    /** The starter makes the id the password when none is given: an administrator anybody could guess. */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Binder binder = Binder.get(environment);
        if (binder.bind("camunda.bpm.admin-user.id", String.class).isBound()
                && binder.bind("camunda.bpm.admin-user.password", String.class).map(String::isBlank).orElse(true)) {
            throw new IllegalStateException("CAMUNDA_BPM_ADMINUSER_ID is set without CAMUNDA_BPM_ADMINUSER_PASSWORD: "
                    + "Camunda would create the administrator with its id as password. Set both.");
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWithoutAdministrator() {
        if (identityService.getObject().createUserQuery().memberOfGroup(Caller.ADMIN_GROUP).count() == 0) {
            log.warn("No administrator (no user in group {}), and Camunda's setup page is closed. To create one, "
                    + "restart with CAMUNDA_BPM_ADMINUSER_ID and CAMUNDA_BPM_ADMINUSER_PASSWORD set.",
                    Caller.ADMIN_GROUP);
        }
    }
}
