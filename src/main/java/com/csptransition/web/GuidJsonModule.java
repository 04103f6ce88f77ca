package com.csptransition.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * JSON bodies: a GUID in a field that names a tenant or one of our records ({@code sourcePartnerTenantId},
 * {@code associatedPartnerId}, {@code customerId}, {@code subscriptionId}, a record's {@code id}, …) is read in lower
 * case, the form every id is stored in. Other strings, offer ids ({@code offerId}, the catalog's spelling) and
 * Microsoft's template ids among them, are read as sent. Spring Boot adds this module to the ObjectMapper our
 * controllers read with; Camunda's REST API has its own.
 */
@Component
public class GuidJsonModule extends SimpleModule {

    /** Field names, in lower case, whose GUID values are ids of tenants or of records this service keeps. */
    private static final List<String> ID_SUFFIXES = List.of("tenantid", "partnerid", "customerid", "resellerid",
            "providerid", "subscriptionid");

    public GuidJsonModule() {
        super("GuidJsonModule");
        addDeserializer(String.class, new IdStrings(false));
    }

    static boolean namesAnId(String field) {
        String name = field.toLowerCase(Locale.ROOT);
        return name.equals("id") || ID_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** Jackson's own string reading (and its coercion settings), then the GUID in lower case for an id field. */
    private static final class IdStrings extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean id;

        IdStrings(boolean id) {
            super(String.class);
            this.id = id;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            // a root value, a map's or an untyped value, and every field that is not an id: Jackson's own deserializer
            boolean anId = property != null && namesAnId(property.getName());
            return anId ? new IdStrings(true) : StringDeserializer.instance;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            return id ? Guids.canonical(value) : value;
        }
    }
}
