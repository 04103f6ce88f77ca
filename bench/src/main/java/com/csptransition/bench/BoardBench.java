package com.csptransition.bench;

import com.csptransition.admin.ImportBundle;
import com.csptransition.admin.ImportService;
import com.csptransition.board.TransitionReadiness;
import com.csptransition.customer.AcquisitionKind;
import com.csptransition.customer.McaMethod;
import com.csptransition.customer.OfferKind;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.identity.Caller;
import com.csptransition.transfer.TransferRequestRepository;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 19's scale targets, over HTTP as a user or a system calls them, on the service in process (H2 in memory):
 * a partner (the demo's Contoso, toward Northwind) with N customers of M subscriptions each, loaded through the import
 * (POST /v1/admin/import's service, in chunks; outside the clock). Prints: the board's first view after start-up
 * (every customer's readiness from the rules: customers/s), the first page as a user sees it again, the bulk start
 * of up to 1,000 ready customers (requests/s), the same batch again (0 created), and the first page after the start.
 * Customers cycle as in ReadinessBench: ready; not moved to the provider; MCA attested with the partner only; no MCA.
 * Run: ./mvnw -Pbench test-compile exec:exec -Dbench.main=com.csptransition.bench.BoardBench
 *      -Dbench.args=customers,subscriptionsPerCustomer,batch[,file] (default 10000,30,1000: H2 in memory; file: H2 in
 *      a file as the service runs by default)
 */
public final class BoardBench {

    static final Pattern CREATED = Pattern.compile("\"result\":\"CREATED\"");
    static final Pattern TOTALS = Pattern.compile("\"totals\":\\{([^}]*)\\}");

    public static void main(String[] args) throws Exception {
        String[] given = args.length == 0 || "default".equals(args[0]) ? new String[0] : String.join(",", args).split(",");
        int customers = given.length > 0 && !given[0].isBlank() ? Integer.parseInt(given[0].strip()) : 10_000;
        int perCustomer = given.length > 1 ? Integer.parseInt(given[1].strip()) : 30;
        int batch = given.length > 2 ? Integer.parseInt(given[2].strip()) : 1_000;
        // file: the service's default database (H2 in a file, each commit written), in a new temporary folder
        boolean file = given.length > 3 && given[3].strip().equals("file");
        String database = file ? "jdbc:h2:file:" + Files.createTempDirectory("board-bench").resolve("db")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" + System.getProperty("board.bench.url-extra", "") : "jdbc:h2:mem:board-bench;DB_CLOSE_DELAY=-1";
        System.out.println("Database: " + database);
        // Hibernate's statistics: the statements a view sends, which must not grow with the customers
        ConfigurableApplicationContext app = LifecycleBench.startNode(List.of("--spring.profiles.active=demo",
                "--spring.datasource.url=" + database, "--spring.jpa.properties.hibernate.generate_statistics=true",
                "--logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN"));
        Statistics statistics = app.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        TransitionReadiness readiness = app.getBean(TransitionReadiness.class);
        try {
            String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            long loadStart = System.nanoTime();
            ImportService importer = app.getBean(ImportService.class);
            for (int first = 0; first < customers; first += 200) {
                load(importer, first, Math.min(200, customers - first), perCustomer);
            }
            System.out.printf("Loaded %,d customers x %d subscriptions through the import in %.1f s%n", customers,
                    perCustomer, (System.nanoTime() - loadStart) / 1e9);
            String board = base + "/api/board?providerTenantId=" + LifecycleBench.PROVIDER + "&size=25";

            long start = System.nanoTime();
            String view = LifecycleBench.call("contoso-admin", "GET", board, null, 200);
            double cold = (System.nanoTime() - start) / 1e9;
            int all = customers + 5; // the demo's own Contoso customers are on the board too
            System.out.printf("First view after start-up (every customer decided by the rules): %.2f s, %,.0f customers/s"
                    + " (target >= 2,000/s) %s%n", cold, all / cold, totals(view));
            System.out.printf("First page again, as a user reloads it (facts read again, unchanged rows remembered):"
                    + " %s (target <= 1 s)%n", pageTimes(board, 5));
            statistics.clear();
            long decided = readiness.decided();
            LifecycleBench.call("contoso-admin", "GET", board, null, 200);
            System.out.printf("  one view: %d SQL statements, %,d entities loaded, %,d rows decided by the rules%n",
                    statistics.getPrepareStatementCount(), statistics.getEntityLoadCount(), readiness.decided() - decided);

            List<String> ready = IntStream.range(0, customers).filter(i -> i % 4 == 0).limit(batch)
                    .mapToObj(BoardBench::customerId).toList();
            String body = "{\"providerTenantId\":\"" + LifecycleBench.PROVIDER + "\",\"customerIds\":["
                    + ready.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")) + "]}";
            statistics.clear();
            start = System.nanoTime();
            String started = LifecycleBench.call("contoso-admin", "POST", base + "/api/board/start", body, 200);
            double seconds = (System.nanoTime() - start) / 1e9;
            long created = count(CREATED, started);
            System.out.printf("Bulk start of %,d ready customers: %,d created in %.2f s, %.1f requests/s (target >= 50/s)%n",
                    ready.size(), created, seconds, created / seconds);
            System.out.printf("  %,d SQL statements, %.1f per request created%n", statistics.getPrepareStatementCount(),
                    statistics.getPrepareStatementCount() / (double) Math.max(1, created));
            start = System.nanoTime();
            String again = LifecycleBench.call("contoso-admin", "POST", base + "/api/board/start", body, 200);
            long requests = app.getBean(TransferRequestRepository.class).count();
            System.out.printf("The same batch again: %d created in %.2f s; transfer requests in the database: %,d%s%n",
                    count(CREATED, again), (System.nanoTime() - start) / 1e9, requests,
                    count(CREATED, again) == 0 && requests == created ? " (no duplicate)" : " DUPLICATES");
            long before = readiness.decided();
            System.out.printf("First page after the start (%,d rows changed): %s %s, %,d rows decided by the rules%n",
                    created, pageTimes(board, 3), totals(LifecycleBench.call("contoso-admin", "GET", board, null, 200)),
                    readiness.decided() - before);
        } finally {
            app.close();
        }
    }

    /** Wall times of n loads of the first page, in seconds. */
    private static String pageTimes(String board, int n) {
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            LifecycleBench.call("contoso-admin", "GET", board, null, 200);
            times[i] = (System.nanoTime() - start) / 1e9;
        }
        return Arrays.stream(times).mapToObj(t -> String.format("%.2f s", t)).collect(Collectors.joining(", "));
    }

    private static String totals(String view) {
        Matcher m = TOTALS.matcher(view);
        return m.find() ? "{" + m.group(1) + "}" : "";
    }

    private static long count(Pattern pattern, String text) {
        return pattern.matcher(text).results().count();
    }

    static String customerId(int i) {
        return "board-bench-customer-" + i;
    }

    /** ReadinessBench's customers and subscription mix, as an import. */
    static void load(ImportService importer, int first, int count, int perCustomer) {
        String partner = LifecycleBench.PARTNER;
        String provider = LifecycleBench.PROVIDER;
        OfferKind[] kinds = {OfferKind.LICENSE_BASED, OfferKind.LICENSE_BASED, OfferKind.LICENSE_BASED,
                OfferKind.AZURE_PAYG, OfferKind.AZURE_PLAN, OfferKind.AZURE_RESERVED_INSTANCE, OfferKind.TERM_BASED,
                OfferKind.MARKETPLACE_SAAS, OfferKind.LICENSE_BASED, OfferKind.AZURE_PAYG};
        List<ImportBundle.CustomerData> customers = new ArrayList<>();
        List<ImportBundle.SubscriptionData> subs = new ArrayList<>();
        for (int c = first; c < first + count; c++) {
            String id = customerId(c);
            List<ImportBundle.RelationshipData> resellers = new ArrayList<>(
                    List.of(new ImportBundle.RelationshipData(partner, true, null)));
            if (c % 4 != 1) {
                resellers.add(new ImportBundle.RelationshipData(provider, false, null));
            }
            List<ImportBundle.McaData> mca = switch (c % 4) {
                case 0 -> List.of(new ImportBundle.McaData(McaMethod.M365_ADMIN_CENTER, partner, null));
                case 2 -> List.of(new ImportBundle.McaData(McaMethod.PARTNER_ATTESTATION, partner, null));
                case 3 -> List.of();
                default -> List.of(new ImportBundle.McaData(McaMethod.PARTNER_ATTESTATION, provider, null));
            };
            customers.add(new ImportBundle.CustomerData(id, String.format("Bench customer %06d", c),
                    AcquisitionKind.DIRECT_BILL, resellers, mca));
            for (int i = 0; i < perCustomer; i++) {
                OfferKind kind = kinds[i % kinds.length];
                String base = i % 10 == 1 ? id + "-sub-" + (i - 1) : null;
                subs.add(new ImportBundle.SubscriptionData(id + "-sub-" + i, id, partner,
                        kind == OfferKind.AZURE_PAYG ? "MS-AZR-0145P" : "offer-" + i, "Offer " + i, kind, base, 10 + i,
                        "monthly", i % 7 == 0 ? SubscriptionStatus.SUSPENDED : SubscriptionStatus.ACTIVE,
                        kind == OfferKind.AZURE_PAYG ? "azure-" + c + "-" + i : null));
            }
        }
        importer.load(new ImportBundle(List.of(), List.of(), customers, subs), new Caller("bench", null, Set.of(), true));
    }
}
