package com.csptransition.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What our API accepts from a browser.
 *
 * @param allowedOrigins other sites (scheme://host[:port]) whose pages may call the API with the user's credentials
 */
@ConfigurationProperties("csp.web")
public record WebProperties(@DefaultValue List<String> allowedOrigins) {
}
