package com.csptransition.board;

import com.csptransition.customer.Customer;
import com.csptransition.customer.Subscription;
import com.csptransition.partner.Partner;
import com.csptransition.transfer.TransferLine;
import com.csptransition.transfer.TransferRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The rules' last answer per customer and provider, reused while the facts are the same. The facts are read from the
 * database on every view (BoardQueries), so a change made anywhere, on any node, shows on the next view; only the
 * rule sessions are saved. The key is a digest of every input of TransitionReadiness.decide and the rules' version:
 * a field added there must be added here.
 */
final class ReadinessMemo {

    private record Entry(byte[] digest, BoardRow row) {
    }

    private final int capacity;
    private final AtomicLong decided = new AtomicLong();
    private final Map<String, Entry> entries;

    ReadinessMemo(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(1024, 0.75f, true);
    }

    /** The row for these facts: the remembered one if the facts and rules are unchanged, else decide's. */
    BoardRow row(String rulesVersion, Partner partner, Partner provider, Customer customer, List<Subscription> owned,
            Map<String, String> held, List<TransferRequest> requests, Map<String, String> names,
            Supplier<BoardRow> decide, Supplier<String> versionNow) {
        byte[] digest = digest(rulesVersion, partner, provider, customer, owned, held, requests, names);
        String key = customer.getId() + "|" + provider.getId();
        synchronized (entries) {
            Entry known = entries.get(key);
            if (known != null && Arrays.equals(known.digest(), digest)) {
                return known.row();
            }
        }
        BoardRow row = decide.get();
        decided.incrementAndGet();
        if (!versionNow.get().equals(rulesVersion)) { // rules reloaded meanwhile: answer, do not remember
            return row;
        }
        synchronized (entries) {
            entries.put(key, new Entry(digest, row));
            if (entries.size() > capacity) {
                entries.remove(entries.keySet().iterator().next());
            }
        }
        return row;
    }

    /** How many rows the rules decided since start-up (the rest were remembered). */
    long decided() {
        return decided.get();
    }

    private static byte[] digest(String rulesVersion, Partner partner, Partner provider, Customer customer,
            List<Subscription> owned, Map<String, String> held, List<TransferRequest> requests,
            Map<String, String> names) {
        StringBuilder facts = new StringBuilder(256 + 128 * owned.size());
        facts.append(rulesVersion).append('\n');
        party(facts, partner);
        party(facts, provider);
        facts.append(customer.getId()).append('|').append(customer.getName()).append('|')
                .append(customer.getAcquiredAs()).append('|')
                .append(customer.getResellerRelationships().stream().map(Object::toString).sorted().toList()).append('|')
                .append(customer.getMcaAcceptances().stream().map(Object::toString).sorted().toList()).append('\n');
        customer.getResellerRelationships().forEach(r -> facts.append(names.get(r.partnerId())).append('|'));
        customer.getMcaAcceptances().forEach(a -> facts.append(names.get(a.partnerId())).append('|'));
        facts.append('\n');
        for (Subscription s : owned) {
            facts.append(s.getId()).append('|').append(s.getOfferId()).append('|').append(s.getOfferName()).append('|')
                    .append(s.getOfferKind()).append('|').append(s.getStatus()).append('|')
                    .append(s.getBaseSubscriptionId()).append('|').append(s.getQuantity()).append('|')
                    .append(held.get(s.getId())).append('\n');
        }
        for (TransferRequest r : requests) {
            facts.append(r.getId()).append('|').append(r.getStatus()).append('|').append(TransitionReadiness.stage(r))
                    .append('|').append(r.getTargetPartnerName()).append('|').append(r.getCreatedTime()).append('|')
                    .append(r.getLines().stream().map(TransferLine::getSubscriptionId).sorted().toList()).append('\n');
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(facts.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void party(StringBuilder facts, Partner p) {
        facts.append(p.getId()).append('|').append(p.getName()).append('|')
                .append(p.getPrograms().stream().map(Objects::toString).sorted().toList()).append('\n');
    }
}
