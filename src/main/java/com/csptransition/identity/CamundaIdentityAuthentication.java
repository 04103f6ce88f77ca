package com.csptransition.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** HTTP Basic credentials checked against Camunda's identity service: one user store for REST and Tasklist. */
@Component
public class CamundaIdentityAuthentication implements AuthenticationProvider {

    private final IdentityService identityService;
    private final CommandExecutor commands;

    public CamundaIdentityAuthentication(ProcessEngine engine) {
        this.identityService = engine.getIdentityService();
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        // the password and the memberships in one engine command and transaction, not one each; a wrong password
        // ends the command normally, so that Camunda's count of failed logins (its lock-out) is kept
        List<Group> groups = commands.execute(context -> password != null
                && identityService.checkPassword(userId, password.toString())
                        ? identityService.createGroupQuery().groupMember(userId).list() : null);
        if (groups == null) {
            throw new BadCredentialsException("Unknown user or wrong password.");
        }
        String organisation = groups.stream().filter(g -> Caller.ORGANISATION_GROUP_TYPE.equals(g.getType()))
                .map(Group::getId).findFirst().orElse(null);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(g -> Role.ofGroup(g.getId()).ifPresent(roles::add));
        boolean administrator = groups.stream().anyMatch(g -> Caller.ADMIN_GROUP.equals(g.getId()));
        Caller caller = new Caller(userId, organisation, Set.copyOf(roles), administrator);
        List<SimpleGrantedAuthority> authorities = groups.stream()
                .map(g -> new SimpleGrantedAuthority("GROUP_" + g.getId())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
