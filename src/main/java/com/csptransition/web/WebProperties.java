package com.csptransition.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What our API accepts from a browser and how large a request body may be.
 *
 * @param allowedOrigins other sites (scheme://host[:port]) whose pages may call the API with the user's credentials
 * @param maxBodySize    the largest request body of /v1, /api and /invitations
 * @param maxImportSize  the largest body of POST /v1/admin/import, which carries whole partner portfolios
 */
@ConfigurationProperties("csp.web")
public record WebProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("256KB") DataSize maxBodySize,
        @DefaultValue("16MB") DataSize maxImportSize) {
}
