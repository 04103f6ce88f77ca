package com.csptransition.board;

import com.csptransition.customer.Customer;
import com.csptransition.customer.Subscription;
import com.csptransition.partner.Partner;
import com.csptransition.transfer.TransferLine;
import com.csptransition.transfer.TransferRequest;
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

    /** What every row of one view shares: the rules' version and both partners (digested once, not per row). */
    record Shared(String rulesVersion, String providerId, String facts) {

        static Shared of(String rulesVersion, Partner partner, Partner provider) {
            StringBuilder facts = new StringBuilder(rulesVersion).append('\n');
            party(facts, partner);
            party(facts, provider);
            return new Shared(rulesVersion, provider.getId(), facts.toString());
        }
    }

    /** The row for these facts: the remembered one if the facts and rules are unchanged, else decide's. */
    BoardRow row(Shared shared, Customer customer, List<Subscription> owned, Map<String, String> held,
            List<TransferRequest> requests, Map<String, String> names, Supplier<BoardRow> decide,
            Supplier<String> versionNow) {
        String rulesVersion = shared.rulesVersion();
        byte[] digest = digest(shared, customer, owned, held, requests, names);
        String key = customer.getId() + "|" + shared.providerId();
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

    private static byte[] digest(Shared shared, Customer customer, List<Subscription> owned, Map<String, String> held,
            List<TransferRequest> requests, Map<String, String> names) {
        Fingerprint facts = new Fingerprint().add(shared.facts()).add(customer.getId()).add(customer.getName())
                .add(customer.getAcquiredAs());
        // sets: in a stable order, each with the name it is shown with
        facts.addAll(customer.getResellerRelationships().stream().map(r -> r + names.get(r.partnerId())).sorted().toList());
        facts.addAll(customer.getMcaAcceptances().stream().map(a -> a + names.get(a.partnerId())).sorted().toList());
        for (Subscription s : owned) {
            facts.add(s.getId()).add(s.getOfferId()).add(s.getOfferName()).add(s.getOfferKind()).add(s.getStatus())
                    .add(s.getBaseSubscriptionId()).add(s.getQuantity()).add(held.get(s.getId()));
        }
        for (TransferRequest r : requests) {
            facts.add(r.getId()).add(r.getStatus()).add(TransitionReadiness.stage(r)).add(r.getTargetPartnerName())
                    .add(r.getCreatedTime())
                    .addAll(r.getLines().stream().map(TransferLine::getSubscriptionId).sorted().toList());
        }
        return facts.digest();
    }

    private static void party(StringBuilder facts, Partner p) {
        facts.append(p.getId()).append('|').append(p.getName()).append('|')
                .append(p.getPrograms().stream().map(Objects::toString).sorted().toList()).append('\n');
    }

    /**
     * SHA-256 of a sequence of values, each fed as its length and its characters (so no two sequences give the same
     * input), through a small buffer: no string of all the facts is built (a board view digests 10,000 customers).
     */
    private static final class Fingerprint {

        private final MessageDigest sha;
        private final byte[] buffer = new byte[256];
        private int size;

        Fingerprint() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Fingerprint add(Object value) {
            String text = value == null ? null : value.toString();
            int length = text == null ? -1 : text.length();
            add(length);
            for (int i = 0; i < length; i++) {
                room(2);
                char c = text.charAt(i);
                buffer[size++] = (byte) (c >>> 8);
                buffer[size++] = (byte) c;
            }
            return this;
        }

        Fingerprint add(int value) {
            room(4);
            for (int shift = 24; shift >= 0; shift -= 8) {
                buffer[size++] = (byte) (value >>> shift);
            }
            return this;
        }

        Fingerprint addAll(List<String> values) {
            add(values.size());
            values.forEach(this::add);
            return this;
        }

        private void room(int bytes) {
            if (size + bytes > buffer.length) {
                sha.update(buffer, 0, size);
                size = 0;
            }
        }

        byte[] digest() {
            sha.update(buffer, 0, size);
            return sha.digest();
        }
    }
}
