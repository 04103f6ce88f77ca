package com.csptransition.demo;

import com.csptransition.admin.ImportBundle;
import com.csptransition.admin.ImportService;
import com.csptransition.identity.Caller;
import com.csptransition.identity.UserDirectory;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Profile "demo": loads the demo bundle through the import service and creates the demo users. */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoProperties properties;
    private final ImportService importService;
    private final PartnerRepository partners;
    private final UserDirectory users;
    private final ObjectMapper objectMapper;

    DemoData(DemoProperties properties, ImportService importService, PartnerRepository partners, UserDirectory users,
            ObjectMapper objectMapper) {
        this.properties = properties;
        this.importService = importService;
        this.partners = partners;
        this.users = users;
        this.objectMapper = objectMapper;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (partners.count() == 0) { // once: a restart keeps what the demo did since
            try (InputStream in = properties.data().getInputStream()) {
                log.info("Demo data loaded: {}", importService.load(objectMapper.readValue(in, ImportBundle.class),
                        new Caller("demo-data", null, Set.of(), true)));
            }
        }
        for (DemoProperties.DemoUser user : properties.users()) {
            String organisationName = partners.findById(user.organisation()).map(Partner::getName).orElseThrow(
                    () -> new IllegalStateException("demo user " + user.id() + ": unknown organisation " + user.organisation()));
            users.ensureUser(user.id(), properties.password(), user.name(), user.organisation(), organisationName,
                    user.roles() == null ? List.of() : user.roles());
        }
        log.info("Demo users ready: {} (password '{}')", properties.users().stream().map(DemoProperties.DemoUser::id).toList(),
                properties.password());
    }
}
