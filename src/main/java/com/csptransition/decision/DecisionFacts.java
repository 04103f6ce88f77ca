package com.csptransition.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Component;

/**
 * The facts a decision saw, as the audit keeps them: a JSON array of {type, value}, gzip'd (a customer's facts
 * repeat themselves). Only our own records and strings are read back: the type names come from our database, but
 * a class name is never trusted further than that.
 */
@Component
public class DecisionFacts {

    private static final String OURS = "com.csptransition.";

    private final ObjectMapper json;

    public DecisionFacts(ObjectMapper json) {
        this.json = json;
    }

    public byte[] write(List<Object> facts) {
        ArrayNode array = json.createArrayNode();
        for (Object fact : facts) {
            array.addObject().put("type", fact.getClass().getName()).set("value", json.valueToTree(fact));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            json.writeValue(gzip, array);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public List<Object> read(byte[] stored) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            List<Object> facts = new ArrayList<>();
            for (JsonNode fact : json.readTree(gzip)) {
                facts.add(json.treeToValue(fact.get("value"), factType(fact.get("type").asText())));
            }
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> factType(String name) {
        try {
            Class<?> type = Class.forName(name, false, DecisionFacts.class.getClassLoader());
            if (type == String.class || name.startsWith(OURS) && type.isRecord()) {
                return type;
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Fact type " + name + " no longer exists", e);
        }
        throw new IllegalArgumentException("Fact type " + name + " is not a fact of ours");
    }
}
