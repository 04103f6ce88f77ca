package com.csptransition.identity;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** An operator who sets only CAMUNDA_BPM_ADMINUSER_ID would get an administrator whose password is its id. */
class FirstAdministratorTest {

    @Test
    void anAdministratorIdWithoutPasswordRefusesTheStart() {
        Map<String, Object> variables = new HashMap<>(Map.of("CAMUNDA_BPM_ADMINUSER_ID", "admin"));
        MockEnvironment environment = new MockEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        FirstAdministrator check = new FirstAdministrator(environment, null);

        assertThatThrownBy(() -> check.preInit(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CAMUNDA_BPM_ADMINUSER_PASSWORD");

        variables.put("CAMUNDA_BPM_ADMINUSER_PASSWORD", "a-secret");
        assertThatNoException().isThrownBy(() -> check.preInit(null));
    }

    @Test
    void withoutAdministratorIdTheServiceStarts() {
        assertThatNoException().isThrownBy(() -> new FirstAdministrator(new MockEnvironment(), null).preInit(null));
    }
}
