package com.csptransition.board;

import com.csptransition.board.ReadinessFacts.BoardCustomer;
import com.csptransition.board.ReadinessFacts.CompletedTransfer;
import com.csptransition.board.ReadinessFacts.EligibilityFinding;
import com.csptransition.board.ReadinessFacts.OpenRequest;
import com.csptransition.board.ReadinessFacts.Stage;
import com.csptransition.board.ReadinessFacts.SubscriptionAnswer;
import com.csptransition.customer.Customer;
import com.csptransition.customer.McaAcceptance;
import com.csptransition.customer.McaMethod;
import com.csptransition.customer.ResellerRelationship;
import com.csptransition.customer.Subscription;
import com.csptransition.partner.Partner;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.Reason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.transfer.TransferLine;
import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferStatus;
import com.csptransition.transfer.eligibility.EligibilityCheck;
import com.csptransition.transfer.eligibility.TransferEligibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A customer's readiness toward a provider: gathers the facts (the transfer-eligibility decision, as
 * GET .../transferseligibility makes it, the partner's requests) and lets rules/transition-readiness.drl decide.
 * Board reads are not audited; the requests the board starts are, as every request.
 */
@Component
public class TransitionReadiness {

    static final String CONCERN = "transition-readiness";
    static final Set<String> STATES = Set.of("READY", "BLOCKED", "IN_FLIGHT", "DONE");

    private final RulesEngine engine;

    /** A row per customer of a large partner, times the providers: remembered while its facts stay the same. */
    private final ReadinessMemo memo = new ReadinessMemo(100_000);

    TransitionReadiness(RulesEngine engine) {
        this.engine = engine;
    }

    /** How many board rows the rules decided since start-up; the others were remembered (the benchmark prints it). */
    public long decided() {
        return memo.decided();
    }

    /** The rows of one board view, customer by customer; any thread may use it. */
    interface Decider {

        /** The rules' last answer for the customer, if its facts stamp and its requests are the same; else null. */
        BoardRow remembered(ListedCustomer customer, List<TransferRequest> requests);

        /** The rules' answer on the customer's facts (read after its stamp), remembered under its stamp. */
        BoardRow decide(ListedCustomer listed, Customer customer, List<Subscription> owned, Map<String, String> held,
                List<TransferRequest> requests);
    }

    /** The rules' answers for one view (Board.rows), on what every row of it shares: the partners and their names. */
    Decider decider(Partner partner, Partner provider, Map<String, String> names) {
        ReadinessMemo.Shared shared = ReadinessMemo.Shared.of(engine.current().version(), partner, provider, names);
        return new Decider() {
            @Override
            public BoardRow remembered(ListedCustomer customer, List<TransferRequest> requests) {
                return memo.remembered(shared, customer, requests);
            }

            @Override
            public BoardRow decide(ListedCustomer listed, Customer customer, List<Subscription> owned,
                    Map<String, String> held, List<TransferRequest> requests) {
                return memo.decided(shared, listed, requests,
                        () -> TransitionReadiness.decide(engine, partner, provider, customer, owned, held, requests,
                                names), () -> engine.current().version());
            }
        };
    }

    /**
     * The rules' answer on facts already read (the board, and the readiness benchmark): the eligibility decision,
     * then the readiness concern. held: the active request holding a subscription, by subscription id.
     */
    public static BoardRow decide(RulesEngine engine, Partner partner, Partner provider, Customer customer,
            List<Subscription> owned, Map<String, String> held, List<TransferRequest> requests,
            Map<String, String> names) {
        EligibilityCheck.Result check = EligibilityCheck.run(engine, partner, Optional.of(provider), customer, owned, held);
        Set<String> transferred = requests.stream().filter(r -> r.getStatus() == TransferStatus.Complete)
                .flatMap(r -> r.getLines().stream()).map(TransferLine::getSubscriptionId).collect(Collectors.toSet());

        List<Object> facts = new ArrayList<>();
        facts.add(new BoardCustomer(customer.getId(), customer.getName(), partner.getName(), provider.getId(),
                provider.getName()));
        check.evaluation().reasons().forEach(r -> facts.add(new EligibilityFinding(r.subjectId(), r.code(), r.message())));
        check.answers().forEach(a -> facts.add(new SubscriptionAnswer(a.id(), a.eligible(), transferred.contains(a.id()))));
        List<BoardRow.Request> open = new ArrayList<>();
        List<BoardRow.Request> completed = new ArrayList<>();
        for (TransferRequest r : requests) {
            Stage stage = stage(r);
            if (stage != null) {
                facts.add(new OpenRequest(r.getId(), r.getTargetPartnerName(), stage));
                open.add(request(r, stage));
            } else if (r.getStatus() == TransferStatus.Complete) {
                facts.add(new CompletedTransfer(r.getId(), r.getTargetPartnerName()));
                completed.add(request(r, null));
            }
        }
        Evaluation decided = engine.evaluate(CONCERN, facts);
        List<IneligibilityReason> states = decided.reasons().stream().filter(r -> STATES.contains(r.code())).toList();
        if (states.size() != 1) { // the analyst's to fix: the rules must give exactly one
            throw new IllegalStateException("rules/transition-readiness.drl gives " + customer.getId() + " "
                    + states.size() + " readinesses: " + states);
        }
        List<Reason> next = decided.reasons().stream().filter(r -> !STATES.contains(r.code())).map(Reason::of).toList();
        Map<String, Subscription> byId = owned.stream().collect(Collectors.toMap(Subscription::getId, Function.identity()));
        List<BoardRow.SubscriptionLine> lines = check.answers().stream().map(a -> line(a, byId.get(a.id()),
                transferred.contains(a.id()))).toList();
        return new BoardRow(customer.getId(), customer.getName(), provider.getId(), provider.getName(),
                movedTo(customer, partner, names), mca(customer, names), states.get(0).code(), states.get(0).message(),
                next, lines, open, completed);
    }

    /** The step a request waits on; null: it has ended (or both sides verified its transfer). */
    static Stage stage(TransferRequest r) {
        if (r.getStatus() == TransferStatus.Active) {
            return r.awaitsReview() ? Stage.AWAITING_REVIEW : Stage.TRANSFERRING;
        }
        if (r.getStatus() == TransferStatus.Complete && r.awaitsVerification()) {
            return r.getProviderVerifiedTime() == null ? Stage.AWAITING_PROVIDER_VERIFICATION
                    : Stage.AWAITING_PARTNER_VERIFICATION;
        }
        return null;
    }

    private static BoardRow.Request request(TransferRequest r, Stage stage) {
        return new BoardRow.Request(r.getId(), r.getStatus().name(), stage, r.getTargetPartnerName(), r.getCreatedTime());
    }

    private static BoardRow.SubscriptionLine line(TransferEligibility answer, Subscription s, boolean transferred) {
        return new BoardRow.SubscriptionLine(s.getId(), s.getOfferName(), s.getQuantity(), s.getStatus().name(),
                answer.eligible(), transferred, answer.reasons(), answer.addOnIds());
    }

    /** The customer's other resellers of record: the providers it was moved to. */
    private static List<String> movedTo(Customer customer, Partner partner, Map<String, String> names) {
        return customer.getResellerRelationships().stream().map(ResellerRelationship::partnerId)
                .filter(id -> !id.equals(partner.getId())).map(id -> names.getOrDefault(id, id)).sorted().toList();
    }

    /** How the customer accepted the MCA, in words: what the rules read, shown as it is. */
    private static String mca(Customer customer, Map<String, String> names) {
        if (customer.getMcaAcceptances().isEmpty()) {
            return "missing";
        }
        return customer.getMcaAcceptances().stream().map(a -> describe(a, names)).sorted()
                .collect(Collectors.joining("; "));
    }

    private static String describe(McaAcceptance a, Map<String, String> names) {
        String when = a.dateAgreed() == null ? "" : " on " + a.dateAgreed();
        return a.method() == McaMethod.M365_ADMIN_CENTER ? "accepted in the Microsoft 365 admin center" + when
                : "attested by " + names.getOrDefault(a.partnerId(), a.partnerId()) + when;
    }
}
