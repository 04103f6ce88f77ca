package com.csptransition.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda's user store without its account lock: anyone could lock anyone out by guessing, the only administrator
 * included. Guessing is slowed per client address instead ({@link LoginThrottle}). Camunda's settings
 * (loginMaxAttempts, loginDelayBase) only stop new locks: a lock already in the database, until its expiry, and the
 * count of failures written at every wrong password would stay.
 */
@Component
public class NoAccountLock extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(UnlockedUsers.class));
    }

    /** Camunda's database user store; a wrong password leaves no trace on the account. */
    public static class UnlockedUsers extends DbIdentityServiceProvider {

        @Override
        protected boolean isUserLocked(UserEntity user) {
            return false;
        }

        @Override
        protected void lockUser(UserEntity user) {
        }
    }
}
