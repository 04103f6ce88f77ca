package com.csptransition.board;

import com.csptransition.customer.Customer;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.identity.Action;
import com.csptransition.identity.Caller;
import com.csptransition.identity.WhoMayAct;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.partner.Partnership;
import com.csptransition.partner.PartnershipRepository;
import com.csptransition.partner.PartnershipState;
import com.csptransition.transfer.TransferRequest;
import com.csptransition.web.ApiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transitioning partner's board toward one of its indirect providers: a row per customer, readiness from the
 * rules, filtered, searched and paged; totals count every customer of the partner.
 */
@Service
public class Board {

    public static final int MAX_PAGE_SIZE = 200;
    /** Up to this many changed customers, a view reads only their facts (a query parameter each). */
    static final int FEW = 1_000;

    private final BoardQueries queries;
    private final PartnerRepository partners;
    private final PartnershipRepository partnerships;
    private final TransitionReadiness readiness;
    private final WhoMayAct whoMayAct;

    Board(BoardQueries queries, PartnerRepository partners, PartnershipRepository partnerships,
            TransitionReadiness readiness, WhoMayAct whoMayAct) {
        this.queries = queries;
        this.partners = partners;
        this.partnerships = partnerships;
        this.readiness = readiness;
        this.whoMayAct = whoMayAct;
    }

    public record Provider(String id, String name) {
    }

    /** What the board is asked for: readiness one of READY, BLOCKED, IN_FLIGHT, DONE (null: all); page from 0. */
    public record Query(String providerTenantId, String readiness, String search, int page, int size) {
    }

    /** providerId null: the partner has no accepted partnership with an indirect provider yet. */
    public record View(String partnerId, String partnerName, List<Provider> providers, String providerId,
            Map<String, Long> totals, long matching, int page, int size, List<BoardRow> rows) {

        public String providerName() {
            return providers.stream().filter(p -> p.id().equals(providerId)).map(Provider::name).findFirst().orElse(null);
        }

        public boolean anyReadyShown() {
            return rows.stream().anyMatch(BoardRow::ready);
        }

        public int pages() {
            return (int) Math.max(1, (matching + size - 1) / size);
        }
    }

    @Transactional(readOnly = true)
    public View view(Caller caller, Query query) {
        whoMayAct.require(caller, Action.VIEW_TRANSITION_BOARD);
        if (query.readiness() != null && !TransitionReadiness.STATES.contains(query.readiness())) {
            throw ApiException.invalidInput("readiness: expected one of READY, BLOCKED, IN_FLIGHT, DONE, not '"
                    + query.readiness() + "'.");
        }
        if (query.search() != null && query.search().length() > 255) {
            throw ApiException.invalidInput("search: at most 255 characters.");
        }
        if (query.page() < 0 || query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            throw ApiException.invalidInput("page: from 0; size: from 1 to " + MAX_PAGE_SIZE + ".");
        }
        Partner partner = partners.acting(caller.requireOrganisation());
        List<Provider> providers = providers(partner.getId());
        if (providers.isEmpty()) {
            return new View(partner.getId(), partner.getName(), providers, null, totals(List.of()), 0, query.page(),
                    query.size(), List.of());
        }
        Partner provider = provider(partner.getId(), query.providerTenantId() == null ? providers.get(0).id()
                : query.providerTenantId());
        List<BoardRow> all = rows(partner, provider, queries.customersOf(partner.getId()));
        String search = query.search() == null ? "" : query.search().strip().toLowerCase(Locale.ROOT);
        List<BoardRow> matching = all.stream()
                .filter(r -> query.readiness() == null || r.readiness().equals(query.readiness()))
                .filter(r -> search.isEmpty() || r.customerName().toLowerCase(Locale.ROOT).contains(search)).toList();
        List<BoardRow> page = matching.stream().skip((long) query.page() * query.size()).limit(query.size()).toList();
        return new View(partner.getId(), partner.getName(), providers, provider.getId(), totals(all), matching.size(),
                query.page(), query.size(), page);
    }

    /**
     * The rows of these customers of the partner (the caller's own: the rest are left out). A customer whose facts
     * stamp and requests are unchanged keeps the rules' last answer; only the others' facts are read, and decided on
     * every core (the rules' sessions are pooled).
     */
    List<BoardRow> rows(Partner partner, Partner provider, List<ListedCustomer> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        List<TransferRequest> sent = queries.requestsFrom(partner.getId());
        // a subscription is only ever in its own partner's requests: their active lines are all that hold the partner's
        Map<String, String> held = new HashMap<>();
        sent.forEach(r -> r.getLines().stream().filter(l -> l.getActiveSubscriptionId() != null)
                .forEach(l -> held.put(l.getActiveSubscriptionId(), r.getId())));
        Map<String, List<TransferRequest>> requests = sent.stream()
                .collect(Collectors.groupingBy(TransferRequest::getCustomerId));
        Map<String, String> names = partners.findAll().stream().collect(Collectors.toMap(Partner::getId, Partner::getName));
        TransitionReadiness.Decider decider = readiness.decider(partner, provider, names);
        Map<String, BoardRow> rows = new ConcurrentHashMap<>();
        List<ListedCustomer> changed = new ArrayList<>();
        for (ListedCustomer c : customers) {
            BoardRow known = decider.remembered(c, requests.getOrDefault(c.id(), List.of()));
            if (known == null) {
                changed.add(c);
            } else {
                rows.put(c.id(), known);
            }
        }
        if (!changed.isEmpty()) {
            decideAnew(partner, changed, held, requests, decider, rows);
        }
        return customers.stream().map(c -> rows.get(c.id())).filter(Objects::nonNull).toList();
    }

    /** Reads the changed customers' facts and puts the rules' answers in rows, on every core. */
    private void decideAnew(Partner partner, List<ListedCustomer> changed, Map<String, String> held,
            Map<String, List<TransferRequest>> requests, TransitionReadiness.Decider decider, Map<String, BoardRow> rows) {
        List<String> ids = changed.stream().map(ListedCustomer::id).toList();
        // a few: theirs; more (a first view): the partner's all, in one scan of each table
        boolean few = ids.size() <= FEW;
        Map<String, Customer> facts = (few ? queries.customers(ids) : queries.customersWithFactsOf(partner.getId()))
                .stream().collect(Collectors.toMap(Customer::getId, Function.identity(), (a, b) -> a));
        Map<String, List<Subscription>> owned = (few
                ? queries.subscriptionsOf(partner.getId(), ids, SubscriptionStatus.TRANSFERRED)
                : queries.subscriptionsOf(partner.getId(), SubscriptionStatus.TRANSFERRED)).stream()
                .collect(Collectors.groupingBy(Subscription::getCustomerId));
        changed.parallelStream().filter(c -> facts.containsKey(c.id())).forEach(c -> {
            List<Subscription> own = new ArrayList<>(owned.getOrDefault(c.id(), List.of()));
            own.sort(Comparator.comparing(Subscription::getId)); // read in no order: sorting 30 costs less than 300,000
            rows.put(c.id(), decider.decide(c, facts.get(c.id()), own, heldOf(own, held),
                    requests.getOrDefault(c.id(), List.of())));
        });
    }

    private static Map<String, String> heldOf(List<Subscription> own, Map<String, String> held) {
        Map<String, String> mine = new HashMap<>();
        own.forEach(s -> {
            String transferId = held.get(s.getId());
            if (transferId != null) {
                mine.put(s.getId(), transferId);
            }
        });
        return mine;
    }

    List<ListedCustomer> customersOf(String partnerId) {
        return queries.customersOf(partnerId);
    }

    /** The partner's indirect providers: those whose partnership invitation it accepted. */
    List<Provider> providers(String partnerId) {
        return partnerships.findOf(partnerId).stream()
                .filter(p -> p.getResellerId().equals(partnerId) && p.getState() == PartnershipState.ACCEPTED)
                .map(Partnership::getProviderId).distinct()
                .map(id -> new Provider(id, partners.findNameById(id).orElse(id))).toList();
    }

    /** One of the partner's indirect providers, else 404: the board shows no other partner. */
    Partner provider(String partnerId, String providerId) {
        return providers(partnerId).stream().filter(p -> p.id().equalsIgnoreCase(providerId)).findFirst()
                .flatMap(p -> partners.findById(p.id()))
                .orElseThrow(() -> ApiException.notFound("ProviderNotFound",
                        "No indirect provider " + providerId + " has a partnership with your organisation."));
    }

    private static Map<String, Long> totals(List<BoardRow> rows) {
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put("ALL", (long) rows.size());
        for (String state : List.of("READY", "BLOCKED", "IN_FLIGHT", "DONE")) {
            totals.put(state, rows.stream().filter(r -> r.readiness().equals(state)).count());
        }
        return totals;
    }
}
