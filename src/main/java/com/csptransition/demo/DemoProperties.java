package com.csptransition.demo;

import com.csptransition.identity.Role;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/** The demo data bundle and the demo users, one per organisation and role (profile "demo" only). */
@ConfigurationProperties("csp.demo")
public record DemoProperties(Resource data, String password, List<DemoUser> users) {

    public record DemoUser(String id, String name, String organisation, List<Role> roles) {
    }
}
