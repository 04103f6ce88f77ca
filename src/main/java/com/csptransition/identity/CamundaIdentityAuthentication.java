package com.csptransition.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic credentials checked against Camunda's identity service: one user store for REST and Tasklist.
 * A verified password is remembered for a few seconds (csp.security.credential-cache), as API gateways do for
 * Basic auth, so a client's burst of calls is not checked against the database call by call. A password or
 * membership change made in Camunda's Admin or /engine-rest applies within that time, one made by
 * {@link UserDirectory} at once; a wrong password is always checked. Failed logins are counted per client address
 * ({@link LoginThrottle}), never on the account ({@link NoAccountLock}).
 */
@Component
public class CamundaIdentityAuthentication implements AuthenticationProvider {

    private final IdentityService identityService;
    private final CommandExecutor commands;
    private final Cache<String, Verified> verified;
    private final byte[] salt = new byte[16]; // the cache never holds a password's plain digest

    public CamundaIdentityAuthentication(ProcessEngine engine,
            @Value("${csp.security.credential-cache}") Duration credentialCache) {
        this.identityService = engine.getIdentityService();
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        new SecureRandom().nextBytes(salt);
        this.verified = Caffeine.newBuilder().expireAfterWrite(credentialCache).maximumSize(10_000).build();
    }

    /** A user's verified password (salted digest) and what their groups made of them. */
    private record Verified(byte[] digest, Caller caller, List<SimpleGrantedAuthority> authorities) {
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        if (authentication.getCredentials() == null) {
            throw new BadCredentialsException("Unknown user or wrong password.");
        }
        String password = authentication.getCredentials().toString();
        byte[] digest = digest(userId, password);
        Verified known = verified.getIfPresent(userId);
        if (known == null || !MessageDigest.isEqual(known.digest(), digest)) {
            known = verify(userId, password, digest);
            verified.put(userId, known);
        }
        return UsernamePasswordAuthenticationToken.authenticated(known.caller(), null, known.authorities());
    }

    /** The user's next call is checked against Camunda again. */
    public void forget(String userId) {
        verified.invalidate(userId);
    }

    private Verified verify(String userId, String password, byte[] digest) {
        // the password and the memberships in one engine command and transaction, not one each
        List<Group> groups = commands.execute(context -> identityService.checkPassword(userId, password)
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
        return new Verified(digest, caller, groups.stream()
                .map(g -> new SimpleGrantedAuthority("GROUP_" + g.getId())).toList());
    }

    private byte[] digest(String userId, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update((userId + '\0' + password).getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
