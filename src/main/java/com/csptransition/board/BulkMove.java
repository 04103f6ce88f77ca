package com.csptransition.board;

import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.decision.RolledBackDecisions;
import com.csptransition.identity.Action;
import com.csptransition.identity.Caller;
import com.csptransition.identity.Side;
import com.csptransition.identity.WhoMayAct;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.rules.Reason;
import com.csptransition.transfer.CreateTransfer;
import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequests;
import com.csptransition.transfer.eligibility.TransferEffects;
import com.csptransition.web.ApiException;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moving selected customers to a provider: the preview (what would go, and what becomes of each source subscription,
 * changing nothing) and the start (one request per ready customer, through the same code as
 * POST /v1/customers/{id}/transfers). A retry never makes a second request: a customer with a request in flight is
 * not ready (the readiness rules), and the database refuses a subscription already in an active request.
 */
@Service
public class BulkMove {

    /** customerIds, or allReady: every customer the rules call ready. */
    public record Selection(String providerTenantId, List<String> customerIds, boolean allReady) {
    }

    public record Line(String subscriptionId, String offerName, int quantity, String billingCycle, String effect,
            List<Line> addOns) {
    }

    /** movable: the rules call the customer ready; else reasons say why not. */
    public record Preview(String customerId, String customerName, String readiness, boolean movable,
            List<Reason> reasons, List<Line> lines) {
    }

    /** result CREATED (transferId the new request), IN_FLIGHT (transferId the request already open) or REFUSED. */
    public record Started(String customerId, String customerName, String result, String transferId,
            List<Reason> reasons) {
    }

    private final Board board;
    private final PartnerRepository partners;
    private final SubscriptionRepository subscriptions;
    private final TransferEffects effects;
    private final TransferRequests requests;
    private final WhoMayAct whoMayAct;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate eachCustomer;
    private final RolledBackDecisions refusals;
    private final ThreadPoolTaskExecutor starters = new ThreadPoolTaskExecutor();

    BulkMove(Board board, PartnerRepository partners, SubscriptionRepository subscriptions, TransferEffects effects,
            TransferRequests requests, WhoMayAct whoMayAct, PlatformTransactionManager transactions,
            RolledBackDecisions refusals, @Value("${csp.board.start-parallelism}") int parallelism) {
        this.refusals = refusals;
        this.board = board;
        this.partners = partners;
        this.subscriptions = subscriptions;
        this.effects = effects;
        this.requests = requests;
        this.whoMayAct = whoMayAct;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.eachCustomer = new TransactionTemplate(transactions);
        this.eachCustomer.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // customers' requests are independent transactions: a database with more than one core makes them side by side
        starters.setCorePoolSize(parallelism);
        starters.setMaxPoolSize(parallelism);
        starters.setThreadNamePrefix("board-move-");
        starters.setTaskDecorator(task -> { // the caller's log context (request id) on the lines each start logs
            Map<String, String> context = MDC.getCopyOfContextMap();
            return () -> {
                MDC.setContextMap(context == null ? Map.of() : context);
                try {
                    task.run();
                } finally {
                    MDC.clear();
                }
            };
        });
        starters.initialize();
    }

    @PreDestroy
    void stop() {
        starters.shutdown();
    }

    public List<Preview> preview(Caller caller, Selection selection) {
        whoMayAct.require(caller, Action.VIEW_TRANSITION_BOARD);
        return readOnly.execute(tx -> {
            List<Preview> previews = new ArrayList<>();
            for (BoardRow row : selected(caller, selection)) {
                if (!row.ready()) {
                    previews.add(new Preview(row.customerId(), row.customerName(), row.readiness(), false,
                            why(row), List.of()));
                    continue;
                }
                List<String> ids = row.subscriptions().stream().filter(BoardRow.SubscriptionLine::movable)
                        .flatMap(s -> Stream.concat(Stream.of(s.id()), s.addOnIds().stream())).toList();
                Map<String, Subscription> moving = subscriptions.findAllById(ids).stream()
                        .collect(Collectors.toMap(Subscription::getId, Function.identity()));
                Map<String, Set<String>> effect = effects.preview(List.copyOf(moving.values()));
                List<Line> lines = row.subscriptions().stream().filter(BoardRow.SubscriptionLine::movable)
                        .map(s -> line(moving.get(s.id()), effect, s.addOnIds().stream()
                                .map(a -> line(moving.get(a), effect, List.of())).toList())).toList();
                previews.add(new Preview(row.customerId(), row.customerName(), row.readiness(), true, row.nextActions(),
                        lines));
            }
            return previews;
        });
    }

    public List<Started> start(Caller caller, Selection selection) {
        return start(caller, plan(caller, selection), started -> {
        });
    }

    /**
     * Starts a plan's customers, each in a transaction of its own, a few at a time; the results in the plan's order,
     * each also handed to onEach as soon as it is known. One refusal does not undo the others.
     */
    List<Started> start(Caller caller, List<BoardRow> plan, Consumer<Started> onEach) {
        List<CompletableFuture<Started>> started = plan.stream().map(row -> CompletableFuture
                .supplyAsync(() -> startOne(caller, row), starters).thenApply(s -> {
                    onEach.accept(s);
                    return s;
                })).toList();
        try {
            return started.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) { // not a refusal (those are results): what failed, as it failed
            started.forEach(f -> f.cancel(false));
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Who may start, and the selected customers' rows: what start goes through, one row after the other. */
    List<BoardRow> plan(Caller caller, Selection selection) {
        // the caller's organisation is the requests' source partner: its side is PARTNER
        whoMayAct.require(caller, Action.CREATE_TRANSFER, Side.PARTNER);
        return readOnly.execute(tx -> selected(caller, selection));
    }

    /** One customer of a plan: its request, in a transaction of its own. */
    private Started startOne(Caller caller, BoardRow row) {
        return row.ready() ? create(caller, row) : notStarted(row);
    }

    private Started create(Caller caller, BoardRow row) {
        List<CreateTransfer.LineItem> items = row.subscriptions().stream().filter(BoardRow.SubscriptionLine::movable)
                .map(s -> new CreateTransfer.LineItem(s.id())).toList();
        CreateTransfer body = new CreateTransfer(caller.organisationId(), row.providerId(), items);
        try {
            // a refusal rolls its transaction back: its decision is kept as a request's is
            TransferRequest created = refusals.keepingRefused(
                    () -> eachCustomer.execute(tx -> requests.create(row.customerId(), body, caller)));
            return new Started(row.customerId(), row.customerName(), "CREATED", created.getId(), List.of());
        } catch (ApiException e) {
            return new Started(row.customerId(), row.customerName(), "REFUSED", null, reasons(e));
        } catch (DataIntegrityViolationException e) { // another start won the race for a subscription
            return new Started(row.customerId(), row.customerName(), "REFUSED", null, List.of(new Reason(
                    "SUBSCRIPTION_IN_ACTIVE_TRANSFER", "A subscription of " + row.customerName()
                    + " was just requested by another transfer request.", null)));
        }
    }

    private static Started notStarted(BoardRow row) {
        String inFlight = row.openRequests().isEmpty() ? null : row.openRequests().get(0).id();
        return new Started(row.customerId(), row.customerName(), inFlight == null ? "REFUSED" : "IN_FLIGHT", inFlight,
                why(row));
    }

    /** The readiness and the next actions: what the rules said of the customer. */
    private static List<Reason> why(BoardRow row) {
        List<Reason> why = new ArrayList<>();
        why.add(new Reason(row.readiness(), row.readinessMessage(), null));
        why.addAll(row.nextActions());
        return why;
    }

    private static List<Reason> reasons(ApiException e) {
        return e.reasons().isEmpty() ? List.of(new Reason(e.getCode(), e.getMessage(), null))
                : e.reasons().stream().map(r -> new Reason(r.get("code"), r.get("message"), r.get("rule"))).toList();
    }

    private List<BoardRow> selected(Caller caller, Selection selection) {
        Partner partner = partners.acting(caller.requireOrganisation());
        if (selection.providerTenantId() == null) {
            throw ApiException.invalidInput("providerTenantId: required.");
        }
        Partner provider = board.provider(partner.getId(), selection.providerTenantId());
        List<ListedCustomer> own = board.customersOf(partner.getId());
        if (selection.allReady()) {
            return board.rows(partner, provider, own).stream().filter(BoardRow::ready).toList();
        }
        Set<String> wanted = selection.customerIds() == null ? Set.of() : selection.customerIds().stream()
                .map(id -> id.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
        if (wanted.isEmpty()) {
            throw ApiException.invalidInput("customerIds: name at least one customer, or set allReady.");
        }
        List<ListedCustomer> chosen = own.stream().filter(c -> wanted.contains(c.id())).toList();
        if (chosen.size() != wanted.size()) { // another partner's customer is simply not found, as everywhere
            Set<String> unknown = new LinkedHashSet<>(wanted);
            chosen.forEach(c -> unknown.remove(c.id()));
            throw ApiException.notFound("CustomerNotFound", "No customer with tenant id " + unknown
                    + " for your organisation.");
        }
        return board.rows(partner, provider, chosen);
    }

    private static Line line(Subscription s, Map<String, Set<String>> effects, List<Line> addOns) {
        Set<String> effect = effects.getOrDefault(s.getId(), Set.of());
        return new Line(s.getId(), s.getOfferName(), s.getQuantity(), s.getBillingCycle(),
                effect.size() == 1 ? effect.iterator().next() : "NOT_TRANSFERABLE", addOns);
    }
}
