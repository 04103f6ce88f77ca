package com.csptransition.processes;

import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Both of Camunda's REST APIs — /engine-rest, and the one the Tasklist and Cockpit call (/camunda/api/engine) —
 * answer our refusals as {@link EngineRestRefusals} says.
 */
@Configuration
public class EngineRestConfiguration {

    @Bean
    CamundaJerseyResourceConfig engineRest() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerCamundaRestResources() {
                registerClasses(CamundaRestResources.getResourceClasses());
                registerClasses(EngineRestRefusals.providers(CamundaRestResources.getConfigurationClasses()));
                register(JacksonFeature.class);
            }
        };
    }

    /**
     * Registered under the name Camunda's webapp initializer uses, and before it runs: the initializer then keeps
     * this registration instead of adding its own.
     */
    @Bean
    ServletRegistrationBean<ServletContainer> webappEngineApi(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        ServletRegistrationBean<ServletContainer> registration =
                new ServletRegistrationBean<>(new ServletContainer(), applicationPath + "/api/engine/*");
        registration.setName("Engine Api");
        registration.addInitParameter(ServletProperties.JAXRS_APPLICATION_CLASS, WebappEngineApi.class.getName());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Camunda's webapp engine API with our refusals. */
    public static class WebappEngineApi extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return EngineRestRefusals.providers(new EngineRestApplication().getClasses());
        }
    }
}
