package com.csptransition.bench;

import com.csptransition.board.BoardRow;
import com.csptransition.board.TransitionReadiness;
import com.csptransition.customer.AcquisitionKind;
import com.csptransition.customer.Customer;
import com.csptransition.customer.McaAcceptance;
import com.csptransition.customer.McaMethod;
import com.csptransition.customer.OfferKind;
import com.csptransition.customer.ResellerRelationship;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.partner.Partner;
import com.csptransition.partner.Program;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Issue 19's readiness target, in process: the readiness of every customer of a partner (the transfer-eligibility
 * decision, then rules/transition-readiness.drl, as the board computes a row), customers/s on one thread. The
 * customers cycle through the demo's situations (ready; not moved to the provider; MCA attested with the partner only;
 * no MCA) with the same subscription mix as the eligibility benchmark. No database: the facts are built in memory.
 * Run: ./mvnw -Pbench test-compile exec:exec -Dbench.main=com.csptransition.bench.ReadinessBench
 *      -Dbench.args=customers,subscriptionsPerCustomer (default 10000,30)
 */
public final class ReadinessBench {

    public static void main(String[] args) {
        String[] given = args.length == 0 || "default".equals(args[0]) ? new String[0] : String.join(",", args).split(",");
        int customers = given.length > 0 && !given[0].isBlank() ? Integer.parseInt(given[0].strip()) : 10_000;
        int perCustomer = given.length > 1 ? Integer.parseInt(given[1].strip()) : 30;
        RulesEngine engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
        Partner partner = partner("partner", "Contoso", EnumSet.of(Program.DIRECT_BILL, Program.INDIRECT_RESELLER));
        Partner provider = partner("provider", "Northwind", EnumSet.of(Program.INDIRECT_PROVIDER));
        Map<String, String> names = Map.of("partner", "Contoso", "provider", "Northwind");
        List<Customer> all = new ArrayList<>();
        Map<String, List<Subscription>> owned = new HashMap<>();
        for (int c = 0; c < customers; c++) {
            Customer customer = customer(c);
            all.add(customer);
            owned.put(customer.getId(), subscriptions(customer.getId(), perCustomer));
        }
        System.out.printf("Readiness of %,d customers x %d subscriptions, one thread%n", customers, perCustomer);
        for (int pass = 0; pass < 3; pass++) { // the first passes warm the JIT up
            Map<String, Integer> readiness = new TreeMap<>();
            long start = System.nanoTime();
            for (Customer customer : all) {
                BoardRow row = TransitionReadiness.decide(engine, partner, provider, customer,
                        owned.get(customer.getId()), Map.of(), List.of(), names);
                readiness.merge(row.readiness(), 1, Integer::sum);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("  pass %d: %,8.0f customers/s (%.2f s) %s%n", pass + 1, customers / seconds, seconds,
                    readiness);
        }
    }

    /** Every fourth: ready; not moved to the provider; MCA attested with the partner only; no MCA at all. */
    private static Customer customer(int i) {
        Customer customer = new Customer("customer-" + i);
        List<ResellerRelationship> resellers = new ArrayList<>(List.of(new ResellerRelationship("partner", true)));
        if (i % 4 != 1) {
            resellers.add(new ResellerRelationship("provider", false));
        }
        List<McaAcceptance> mca = switch (i % 4) {
            case 0 -> List.of(new McaAcceptance(McaMethod.M365_ADMIN_CENTER, null, null));
            case 2 -> List.of(new McaAcceptance(McaMethod.PARTNER_ATTESTATION, "partner", null));
            case 3 -> List.of();
            default -> List.of(new McaAcceptance(McaMethod.PARTNER_ATTESTATION, "provider", null));
        };
        customer.update("Customer " + i, AcquisitionKind.DIRECT_BILL, resellers, mca);
        return customer;
    }

    /** The eligibility benchmark's mix: kinds cycle every 10, every 10th an add-on, every 7th suspended. */
    private static List<Subscription> subscriptions(String customerId, int count) {
        OfferKind[] kinds = {OfferKind.LICENSE_BASED, OfferKind.LICENSE_BASED, OfferKind.LICENSE_BASED,
                OfferKind.AZURE_PAYG, OfferKind.AZURE_PLAN, OfferKind.AZURE_RESERVED_INSTANCE, OfferKind.TERM_BASED,
                OfferKind.MARKETPLACE_SAAS, OfferKind.LICENSE_BASED, OfferKind.AZURE_PAYG};
        List<Subscription> subscriptions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            OfferKind kind = kinds[i % kinds.length];
            String id = customerId + "-sub-" + i;
            String base = i % 10 == 1 ? customerId + "-sub-" + (i - 1) : null;
            String offerId = kind == OfferKind.AZURE_PAYG ? "MS-AZR-0145P" : "offer-" + i;
            Subscription s = new Subscription(id);
            s.update(customerId, "partner", offerId, "Offer " + i, kind, base, 10 + i, "monthly",
                    i % 7 == 0 ? SubscriptionStatus.SUSPENDED : SubscriptionStatus.ACTIVE,
                    kind == OfferKind.AZURE_PAYG ? "azure-" + i : null);
            subscriptions.add(s);
        }
        return subscriptions;
    }

    private static Partner partner(String id, String name, EnumSet<Program> programs) {
        Partner partner = new Partner(id);
        partner.update(name, "1234567", "mpn@" + id + ".example", true, null, BigDecimal.ZERO, programs);
        return partner;
    }
}
