package com.csptransition.board;

import com.csptransition.partner.Partner;
import com.csptransition.transfer.TransferRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The rules' last answer per customer and provider, reused while its facts are the same: the customer's facts stamp
 * (customer.CustomerFactsStamp: its row, relationships, MCA acceptances, subscriptions), its requests with their lines,
 * both partners, the partners' names and the rules' version. Stamps and requests are read from the database on every
 * view, so a change made anywhere, on any node, shows on the next view; only the reads of unchanged facts and the rule
 * sessions are saved. An input added to TransitionReadiness.decide must be covered here.
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

    /** What every row of one view shares: the rules' version, both partners, the partners' names. */
    record Shared(String rulesVersion, String providerId, String facts) {

        static Shared of(String rulesVersion, Partner partner, Partner provider, Map<String, String> names) {
            StringBuilder facts = new StringBuilder(rulesVersion).append('\n');
            party(facts, partner);
            party(facts, provider);
            facts.append(new TreeMap<>(names));
            return new Shared(rulesVersion, provider.getId(), facts.toString());
        }
    }

    /** The row remembered for these facts, else null. */
    BoardRow remembered(Shared shared, ListedCustomer customer, List<TransferRequest> requests) {
        byte[] digest = digest(shared, customer, requests);
        synchronized (entries) {
            Entry known = entries.get(key(shared, customer));
            return known != null && Arrays.equals(known.digest(), digest) ? known.row() : null;
        }
    }

    /** decide's row, remembered for these facts unless the rules were reloaded meanwhile. */
    BoardRow decided(Shared shared, ListedCustomer customer, List<TransferRequest> requests, Supplier<BoardRow> decide,
            Supplier<String> versionNow) {
        BoardRow row = decide.get();
        decided.incrementAndGet();
        if (!versionNow.get().equals(shared.rulesVersion())) { // rules reloaded meanwhile: answer, do not remember
            return row;
        }
        byte[] digest = digest(shared, customer, requests);
        synchronized (entries) {
            entries.put(key(shared, customer), new Entry(digest, row));
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

    private static String key(Shared shared, ListedCustomer customer) {
        return customer.id() + "|" + shared.providerId();
    }

    private static byte[] digest(Shared shared, ListedCustomer customer, List<TransferRequest> requests) {
        Fingerprint facts = new Fingerprint().add(shared.facts()).add(customer.id()).add(customer.factsStamp());
        for (TransferRequest r : requests) {
            facts.add(r.getId()).add(r.getStatus()).add(TransitionReadiness.stage(r)).add(r.getTargetPartnerName())
                    .add(r.getCreatedTime()).addAll(r.getLines().stream()
                            .map(l -> l.getSubscriptionId() + "|" + l.getActiveSubscriptionId() + "|" + l.getStatus())
                            .sorted().toList());
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
