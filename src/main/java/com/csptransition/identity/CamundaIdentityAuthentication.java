package com.csptransition.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** HTTP Basic credentials checked against Camunda's identity service: one user store for REST and Tasklist. */
@Component
public class CamundaIdentityAuthentication implements AuthenticationProvider {

    private final IdentityService identityService;

    public CamundaIdentityAuthentication(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * The password and the memberships in one transaction, not one each; a wrong password still counts towards
     * Camunda's login attempt lock-out.
     */
    @Override
    @Transactional(noRollbackFor = AuthenticationException.class)
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        if (password == null || !identityService.checkPassword(userId, password.toString())) {
            throw new BadCredentialsException("Unknown user or wrong password.");
        }
        List<Group> groups = identityService.createGroupQuery().groupMember(userId).list();
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
