package com.csptransition.security;

import static com.csptransition.identity.Role.ADMIN_AGENT;
import static com.csptransition.identity.Role.GLOBAL_ADMIN;
import static com.csptransition.identity.Role.SALES_AGENT;
import static com.csptransition.security.RestApiDoorTest.Side.PARTNER;
import static com.csptransition.security.RestApiDoorTest.Side.PROVIDER;
import static com.csptransition.security.RestApiDoorTest.Side.RESELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.csptransition.ApiTestSupport;
import com.csptransition.decision.RolledBackDecisions;
import com.csptransition.identity.Role;
import com.csptransition.transfer.process.TransferProcess;
import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The service's own REST API from the attacker's side: every endpoint (as the controllers map it) × every demo
 * identity × a record of the caller's own organisation and one of another's.
 *
 * <p>{@link #TABLE} is the spec: one row per endpoint saying who may call it, with sample records from the demo
 * data (or made by their owners through the API in the call's own transaction). The matrix expects, by the
 * project's conventions: allowed callers get neither 401/403 nor 404 (nor a 5xx); anonymous callers and wrong
 * passwords 401; a wrong role, no organisation or not an administrator 403; another organisation's record 404 —
 * every refusal application/problem+json with a {@code code}, and no response to a caller outside a record's
 * organisations carries that record's identifying strings (leak check; camunda-admin, who administers the
 * service, is not leak-checked).
 *
 * <p>Each call, with the fixtures its row needs, runs in a transaction that is rolled back (MockMvc runs in the
 * test thread, so the service joins it): no call disturbs another, and nothing is left behind.
 */
class RestApiDoorTest extends ApiTestSupport {

    static final String WRONG_PASSWORD = "not-the-password";

    // ---------------------------------------------------------------------------------------------------------
    // Who calls: each organisation's roles, a user of no organisation, the administrator, anonymous, a wrong password

    record Identity(String name, String user, String password, String organisation, Set<Role> roles,
            boolean administrator) {

        boolean signedIn() {
            return user != null && !WRONG_PASSWORD.equals(password);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Identity user(String user, String organisation, Role role) {
        return new Identity(user, user, PASSWORD, organisation, Set.of(role), false);
    }

    static final List<Identity> IDENTITIES = List.of(
            user("contoso-global", CONTOSO, GLOBAL_ADMIN),
            user("contoso-admin", CONTOSO, ADMIN_AGENT),
            user("contoso-sales", CONTOSO, SALES_AGENT),
            user("fabrikam-global", FABRIKAM, GLOBAL_ADMIN),
            user("fabrikam-admin", FABRIKAM, ADMIN_AGENT),
            user("northwind-global", NORTHWIND, GLOBAL_ADMIN),
            user("northwind-admin", NORTHWIND, ADMIN_AGENT),
            user("northwind-sales", NORTHWIND, SALES_AGENT),
            user("adatum-admin", ADATUM, ADMIN_AGENT),
            new Identity("nobody", "nobody", PASSWORD, null, Set.of(), false),
            new Identity("admin", "admin", "admin-secret", null, Set.of(), true),
            new Identity("anonymous", null, null, null, Set.of(), false),
            new Identity("wrong-password", "contoso-admin", WRONG_PASSWORD, null, Set.of(), false));

    // ---------------------------------------------------------------------------------------------------------
    // Who may: the rules the table's rows name

    /** Which side of a record an organisation is on. */
    enum Side { RESELLER, PARTNER, PROVIDER }

    /** NONE: no record; RECORD: another organisation's record is 404; LISTED: a listing, filtered to the caller's own. */
    enum Scope { NONE, RECORD, LISTED }

    record Rule(String who, boolean anyone, boolean anyUser, boolean administratorsOnly, boolean administratorsToo,
            Set<Role> roles, Scope scope, Set<Side> sides) {

        /** Also camunda-admin (no organisation). */
        Rule orAdministrators() {
            return new Rule(who + " (camunda-admin: all)", anyone, anyUser, administratorsOnly, true, roles, scope, sides);
        }

        /** A listing: callers of other organisations are answered, with their own records only. */
        Rule listing() {
            return new Rule(who, anyone, anyUser, administratorsOnly, administratorsToo, roles, Scope.LISTED, sides);
        }

        /** Only an organisation on one of these sides of the record. */
        Rule onSide(Side... allowed) {
            return new Rule(who, anyone, anyUser, administratorsOnly, administratorsToo, roles, scope,
                    EnumSet.copyOf(List.of(allowed)));
        }

        @Override
        public String toString() {
            return who;
        }
    }

    static Rule anyone(String who) {
        return new Rule(who, true, false, false, false, Set.of(), Scope.RECORD, Set.of());
    }

    static Rule anyUser() {
        return new Rule("any signed-in user", false, true, false, false, Set.of(), Scope.NONE, Set.of());
    }

    static Rule administrators() {
        return new Rule("camunda-admin only", false, false, true, false, Set.of(), Scope.NONE, Set.of());
    }

    /** A user of an organisation holding one of the roles (none named: any role). */
    static Rule members(String who, Role... roles) {
        return new Rule(who, false, false, false, false, Set.of(roles), Scope.NONE, Set.of());
    }

    /** A user of one of the record's organisations holding one of the roles (none named: any role). */
    static Rule partyOf(String who, Role... roles) {
        return new Rule(who, false, false, false, false, Set.of(roles), Scope.RECORD, Set.of());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Sample records: path variables and the organisations they belong to; made by their owners where needed

    @FunctionalInterface
    interface Fixture {
        /** Makes the record (in the call's transaction) and answers its path variables. */
        Map<String, String> given(RestApiDoorTest test) throws Exception;
    }

    /**
     * A record: its organisations by side (an empty map: a record of nobody's, e.g. an unknown token), strings that
     * identify it (besides the ids its fixture makes, which identify it too).
     */
    record Sample(String name, Fixture fixture, Map<String, Side> parties, List<String> secrets) {

        boolean isParty(Identity identity) {
            return identity.organisation() != null && parties.containsKey(identity.organisation());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Sample sample(String name, Fixture fixture, Map<String, Side> parties, String... secrets) {
        return new Sample(name, fixture, parties, List.of(secrets));
    }

    static Map<String, Side> resellers(String... organisations) {
        return Stream.of(organisations).collect(Collectors.toMap(o -> o, o -> RESELLER));
    }

    static final Sample NO_RECORD = sample("-", t -> Map.of(), Map.of());
    static final Sample SERVING_RULES = sample("the serving rules version, twice",
            t -> Map.of("a", t.rules.current().version(), "b", t.rules.current().version()), Map.of());

    static final Sample COHO_CUSTOMER = sample("Coho Winery, Contoso's customer",
            t -> Map.of("customer", COHO, "subscription", "coho-business-premium"), resellers(CONTOSO),
            "Coho Winery", "coho-business-premium");
    static final Sample PROSEWARE_CUSTOMER = sample("Proseware, Fabrikam's (and Northwind's) customer",
            t -> Map.of("customer", PROSEWARE, "subscription", "proseware-o365-e3"), resellers(FABRIKAM, NORTHWIND),
            "Proseware", "proseware-o365-e3", "Fabrikam");
    static final Sample LITWARE_CUSTOMER = sample("Litware, Contoso's (and Northwind's) customer",
            t -> Map.of("customer", LITWARE, "subscription", "litware-intune"), resellers(CONTOSO, NORTHWIND),
            "Litware", "litware-intune", "litware-azure-payg");
    static final Sample COHO_SUBSCRIPTION = sample("Contoso's Coho subscription",
            t -> Map.of("customer", COHO, "subscription", "coho-business-premium"), resellers(CONTOSO),
            "Coho Winery", "Microsoft 365 Business Premium");
    static final Sample PROSEWARE_SUBSCRIPTION = sample("Fabrikam's Proseware subscription (Northwind resells Proseware too)",
            t -> Map.of("customer", PROSEWARE, "subscription", "proseware-o365-e3"), resellers(FABRIKAM),
            "Proseware", "Fabrikam");

    static final Map<String, Side> CONTOSO_TO_NORTHWIND = Map.of(CONTOSO, PARTNER, NORTHWIND, PROVIDER);
    static final Sample ACTIVE_TRANSFER = sample("Litware transfer Contoso->Northwind, Active",
            RestApiDoorTest::activeTransfer, CONTOSO_TO_NORTHWIND, "Litware", "litware-intune");
    static final Sample REVIEWED_TRANSFER = sample("Litware transfer, already accepted by Northwind",
            RestApiDoorTest::reviewedTransfer, CONTOSO_TO_NORTHWIND, "Litware", "litware-intune");
    static final Sample COMPLETE_TRANSFER = sample("Litware transfer, Complete (provider to verify)",
            RestApiDoorTest::completeTransfer, CONTOSO_TO_NORTHWIND, "Litware", "litware-intune");
    static final Sample REVIEW_TASK = sample("Northwind's review task of a Litware transfer",
            RestApiDoorTest::reviewTask, Map.of(NORTHWIND, PROVIDER), "Litware", "litware-intune");

    static final Sample COHO_EXTENDED = sample("Coho Winery extended to Northwind: Contoso's bill-to info and its copy",
            RestApiDoorTest::cohoExtended, resellers(CONTOSO, NORTHWIND), "Coho Winery", "accounts@cohowinery.example");
    static final Sample COHO_ORDER = sample("Contoso's order for Coho Winery", RestApiDoorTest::cohoOrder,
            resellers(CONTOSO), "Coho Winery", "MATRIX-OFFER");
    static final Sample COHO_DECISION = sample("Contoso's eligibility decision about Coho Winery",
            RestApiDoorTest::cohoDecision, resellers(CONTOSO), "Coho Winery", "coho-business-premium");

    static final Sample INVITATION = sample("Contoso's invitation of Coho Winery with Northwind",
            RestApiDoorTest::invitation, resellers(CONTOSO, NORTHWIND), COHO, "Coho Winery");
    static final Sample UNKNOWN_TOKEN = sample("an unknown token",
            t -> Map.of("token", "0123456789abcdef0123456789abcdef0123456789abcdef"), Map.of(),
            "Contoso", "Northwind Distribution", "Coho Winery");

    static final Sample OPEN_PARTNERSHIP = sample("Adatum's open invitation of Contoso",
            RestApiDoorTest::openPartnership, Map.of(CONTOSO, RESELLER, ADATUM, PROVIDER));
    static final Sample ANSWERED_PARTNERSHIP = sample("Contoso-Northwind, already accepted",
            t -> Map.of("partnership", "contoso-northwind"), Map.of(CONTOSO, RESELLER, NORTHWIND, PROVIDER));
    static final Sample CONTOSO_NORTHWIND = sample("the Contoso-Northwind partnership",
            t -> Map.of(), resellers(CONTOSO, NORTHWIND), "contoso-northwind");

    static final Sample FABRIKAM_ENROLLMENT = sample("Fabrikam's enrollment, approved (agreement open)",
            RestApiDoorTest::approvedEnrollment, resellers(FABRIKAM), "ann@fabrikam.example");
    static final Sample ENROLLED = sample("an enrollment: Contoso's (reseller already), Fabrikam's (approved)",
            RestApiDoorTest::approvedEnrollment, resellers(CONTOSO, FABRIKAM), "ann@fabrikam.example");
    static final Sample ENROLLMENT_IN_REVIEW = sample("Fabrikam's enrollment, in review",
            RestApiDoorTest::enrollmentInReview, resellers(FABRIKAM), "ann@fabrikam.example");
    static final Sample FABRIKAM_NOTICE = sample("Fabrikam's notice ENROLLMENT_APPROVED",
            RestApiDoorTest::approvedEnrollment, resellers(FABRIKAM), "ann@fabrikam.example");

    // ---------------------------------------------------------------------------------------------------------
    // Bodies: {me} is the caller's organisation; {customer}, {subscription}, {transfer} the sample's

    static final String NEW_CUSTOMER = """
            {"companyProfile": {"domain": "matrixcoffee.example", "companyName": "Matrix Coffee"},
             "agreement": {"primaryContact": {"firstName": "Ana", "lastName": "Lopez", "email": "ana@customer.example"},
                           "dateAgreed": "2021-03-01T00:00:00Z", "templateId": "117a77b0-9360-443b-8795-c6dedc750cf9",
                           "type": "MicrosoftCustomerAgreement"}}""";
    static final String EXTENSION = """
            {"indirectProviderTenantId": "%s", "customerConsent": true}""".formatted(NORTHWIND);
    static final String MCA = """
            {"primaryContact": {"firstName": "Ana", "lastName": "Lopez", "email": "ana@customer.example"},
             "dateAgreed": "2021-03-01T00:00:00Z", "templateId": "117a77b0-9360-443b-8795-c6dedc750cf9",
             "type": "MicrosoftCustomerAgreement"}""";
    static final String ORDER = """
            {"lineItems": [{"lineItemNumber": 0, "offerId": "MATRIX-OFFER", "quantity": 1, "offerKind": "LICENSE_BASED"}]}""";
    static final String QUANTITY = """
            {"quantity": 13}""";
    static final String RESELLER_INVITATION = """
            {"providerTenantId": "%s", "customerTenantId": "{customer}"}""".formatted(NORTHWIND);
    static final String TOKEN_ACCEPT = """
            {"customerTenantId": "%s"}""".formatted(COHO);
    static final String PARTNERSHIP = """
            {"resellerTenantId": "%s"}""".formatted(CONTOSO);
    static final String ENROLLMENT_FORM = """
            {"companyName": "Fabrikam", "mpnId": "2345678",
             "primaryContact": {"firstName": "Ann", "lastName": "Lee", "email": "ann@fabrikam.example"}}""";
    static final String ENROLLMENT_REVIEW = """
            {"approved": true, "note": "matrix"}""";
    static final String TRANSFER = """
            {"sourcePartnerTenantId": "{me}", "targetPartnerTenantId": "%s",
             "lineItems": [{"subscriptionId": "{subscription}"}]}""".formatted(NORTHWIND);
    static final String REJECT = """
            {"id": "{transfer}", "status": "reject", "rejectionReason": "matrix"}""";
    static final String REVIEW_ANSWER = """
            {"decision": "reject", "rejectionReason": "matrix"}""";
    static final String BOARD_SELECTION = """
            {"providerTenantId": "%s", "customerIds": ["{customer}"]}""".formatted(NORTHWIND);
    static final String DEMO_BUNDLE = "<the demo bundle>";
    /** concerns.yaml as it serves: a draft that changes nothing */
    static final String UNCHANGED_DRAFT = draftOf("concerns.yaml");

    // ---------------------------------------------------------------------------------------------------------
    // The table: one row per endpoint, as the controllers map it

    record Row(HttpMethod method, String path, String query, String body, Rule rule, List<Sample> samples) {

        String key() {
            return method.name() + " " + path;
        }

        Row query(String query) {
            return new Row(method, path, query, body, rule, samples);
        }

        Row body(String body) {
            return new Row(method, path, query, body, rule, samples);
        }
    }

    static Row row(HttpMethod method, String path, Rule rule, Sample... samples) {
        return new Row(method, path, null, null, rule, samples.length == 0 ? List.of(NO_RECORD) : List.of(samples));
    }

    static final String TRANSFERS = "/v1/customers/{customerId}/transfers";

    static final List<Row> TABLE = List.of(
            // administrators
            row(POST, "/v1/admin/import", administrators()).body(DEMO_BUNDLE),
            row(POST, "/v1/admin/direct-bill-notices", administrators()),
            row(POST, "/api/rules/reload", administrators()),
            row(POST, "/api/rules/what-if", administrators()).body(UNCHANGED_DRAFT),
            row(POST, "/api/rules/scenarios", administrators()),
            row(GET, "/api/enrollments", administrators()),
            row(POST, "/api/enrollments/{enrollmentId}/review", administrators(), ENROLLMENT_IN_REVIEW).body(ENROLLMENT_REVIEW),
            // anyone signed in; any user of an organisation
            row(GET, "/api/rules", anyUser()),
            row(GET, "/api/rules/versions", anyUser()),
            row(GET, "/api/rules/versions/{a}/diff/{b}", anyUser(), SERVING_RULES),
            row(GET, "/api/decisions", members("any user of an organisation").orAdministrators().listing(), COHO_DECISION)
                    .query("subject={customer}"),
            row(GET, "/api/notifications", members("any user of a partner").orAdministrators().listing(), FABRIKAM_NOTICE),
            // customers
            row(GET, "/v1/customers/{customerTenantId}", partyOf("any role of a reseller of the customer"),
                    COHO_CUSTOMER, PROSEWARE_CUSTOMER),
            row(POST, "/v1/customers", members("an admin agent", ADMIN_AGENT)).body(NEW_CUSTOMER),
            row(GET, "/v1/customers/relationshiprequests", members("an admin agent", ADMIN_AGENT)),
            row(POST, "/v1/customers/{customerTenantId}/indirect-providers",
                    partyOf("admin agent of a reseller of the customer (a rule)", ADMIN_AGENT),
                    COHO_CUSTOMER, PROSEWARE_CUSTOMER).body(EXTENSION),
            row(GET, "/v1/customers/{customerTenantId}/profiles/billing",
                    partyOf("any role of a reseller holding bill-to info: its own, the provider the extension's copy"),
                    COHO_CUSTOMER, COHO_EXTENDED),
            row(GET, "/v1/customers/{customerTenantId}/transferseligibility",
                    partyOf("any role of a reseller of the customer"), COHO_CUSTOMER, PROSEWARE_CUSTOMER)
                    .query("transferType=directtoindirect"),
            // agreements
            row(POST, "/v1/customers/{customerTenantId}/agreements",
                    partyOf("global admin or admin agent of a reseller of the customer", GLOBAL_ADMIN, ADMIN_AGENT),
                    COHO_CUSTOMER, PROSEWARE_CUSTOMER).body(MCA),
            row(GET, "/v1/customers/{customerTenantId}/agreements", partyOf("any role of a reseller of the customer"),
                    COHO_CUSTOMER, PROSEWARE_CUSTOMER).query("agreementType=MicrosoftCustomerAgreement"),
            row(GET, "/v1/customers/{customerTenantId}/agreements/status",
                    partyOf("any role of a reseller of the customer"), COHO_CUSTOMER, PROSEWARE_CUSTOMER)
                    .query("indirectProviderTenantId=" + NORTHWIND),
            // orders and subscriptions
            row(POST, "/v1/customers/{customerId}/orders",
                    partyOf("admin or sales agent of a reseller of record", ADMIN_AGENT, SALES_AGENT),
                    COHO_CUSTOMER, PROSEWARE_CUSTOMER).body(ORDER),
            row(GET, "/v1/customers/{customerId}/orders", partyOf("any role of a reseller of record"),
                    COHO_ORDER, PROSEWARE_CUSTOMER),
            row(GET, "/v1/customers/{customerId}/orders/{orderId}", partyOf("any role of the reseller that ordered"),
                    COHO_ORDER),
            row(GET, "/v1/customers/{customerId}/subscriptions",
                    partyOf("any role of a reseller of the customer: its own subscriptions"),
                    COHO_CUSTOMER, PROSEWARE_CUSTOMER),
            row(GET, "/v1/customers/{customerId}/subscriptions/{subscriptionId}",
                    partyOf("any role of the subscription's partner"), COHO_SUBSCRIPTION, PROSEWARE_SUBSCRIPTION),
            row(PATCH, "/v1/customers/{customerId}/subscriptions/{subscriptionId}",
                    partyOf("admin or sales agent of the subscription's partner", ADMIN_AGENT, SALES_AGENT),
                    COHO_SUBSCRIPTION, PROSEWARE_SUBSCRIPTION).body(QUANTITY),
            // indirect reseller invitations
            row(POST, "/api/reseller-invitations",
                    partyOf("admin agent of a reseller of the customer (a rule)", ADMIN_AGENT),
                    COHO_CUSTOMER, PROSEWARE_CUSTOMER).body(RESELLER_INVITATION),
            row(GET, "/api/reseller-invitations", members("reseller or provider: its own").listing(), INVITATION),
            row(GET, "/invitations/{token}", anyone("anyone holding the token"), INVITATION, UNKNOWN_TOKEN),
            row(POST, "/invitations/{token}/accept", anyone("anyone holding the token"), INVITATION, UNKNOWN_TOKEN)
                    .body(TOKEN_ACCEPT),
            // partnerships
            row(POST, "/api/partnerships", members("global admin or admin agent (a rule: of an indirect provider)",
                    GLOBAL_ADMIN, ADMIN_AGENT)).body(PARTNERSHIP),
            row(GET, "/api/partnerships", members("either side: its own").listing(), CONTOSO_NORTHWIND),
            row(POST, "/api/partnerships/{partnershipId}/accept",
                    partyOf("the invited reseller's global admin", GLOBAL_ADMIN).onSide(RESELLER),
                    OPEN_PARTNERSHIP, ANSWERED_PARTNERSHIP),
            row(POST, "/api/partnerships/{partnershipId}/decline",
                    partyOf("the invited reseller's global admin", GLOBAL_ADMIN).onSide(RESELLER),
                    OPEN_PARTNERSHIP, ANSWERED_PARTNERSHIP),
            // enrollment
            row(GET, "/api/enrollment/eligibility", members("any user of a partner")),
            row(POST, "/api/enrollment", members("the partner's global admin", GLOBAL_ADMIN)).body(ENROLLMENT_FORM),
            row(GET, "/api/enrollment", members("any user of a partner").listing(), FABRIKAM_ENROLLMENT),
            row(POST, "/api/enrollment/agreement", partyOf("the enrolling partner's global admin", GLOBAL_ADMIN),
                    FABRIKAM_ENROLLMENT),
            row(DELETE, "/api/enrollment", partyOf("any user of an enrolled partner (always 422)"), ENROLLED),
            // transfers
            row(POST, TRANSFERS, partyOf("admin agent of the transitioning partner", ADMIN_AGENT),
                    LITWARE_CUSTOMER, PROSEWARE_CUSTOMER).body(TRANSFER),
            row(GET, TRANSFERS, partyOf("either side: any role").orAdministrators(), ACTIVE_TRANSFER, PROSEWARE_CUSTOMER),
            row(GET, TRANSFERS + "/{transferId}", partyOf("either side: any role").orAdministrators(), ACTIVE_TRANSFER),
            row(DELETE, TRANSFERS + "/{transferId}", partyOf("admin agent of the partner", ADMIN_AGENT).onSide(PARTNER),
                    ACTIVE_TRANSFER),
            row(POST, TRANSFERS + "/{transferId}/accept",
                    partyOf("admin or sales agent of the provider", ADMIN_AGENT, SALES_AGENT).onSide(PROVIDER),
                    ACTIVE_TRANSFER, REVIEWED_TRANSFER),
            row(PATCH, TRANSFERS + "/{transferId}",
                    partyOf("admin or sales agent of the provider", ADMIN_AGENT, SALES_AGENT).onSide(PROVIDER),
                    ACTIVE_TRANSFER, REVIEWED_TRANSFER).body(REJECT),
            row(POST, TRANSFERS + "/{transferId}/verify",
                    partyOf("admin or sales agent of either side", ADMIN_AGENT, SALES_AGENT),
                    ACTIVE_TRANSFER, COMPLETE_TRANSFER),
            // the transition board
            row(GET, "/api/board", members("any role of a partner: its own customers").listing(), COHO_CUSTOMER),
            row(POST, "/api/board/preview", partyOf("any role of the customer's partner"), COHO_CUSTOMER)
                    .body(BOARD_SELECTION),
            row(POST, "/api/board/start", partyOf("admin agent of the customer's partner", ADMIN_AGENT), COHO_CUSTOMER)
                    .body(BOARD_SELECTION),
            row(GET, "/api/board/incoming", members("any role: requests to its own organisation").listing(),
                    ACTIVE_TRANSFER),
            // the task list API
            row(GET, "/v1/tasks", members("the task's organisation and roles: its own").listing(), REVIEW_TASK),
            row(POST, "/v1/tasks/{taskId}/claim",
                    partyOf("the task's organisation and roles", ADMIN_AGENT, SALES_AGENT), REVIEW_TASK),
            row(POST, "/v1/tasks/{taskId}/unclaim",
                    partyOf("the task's organisation and roles", ADMIN_AGENT, SALES_AGENT), REVIEW_TASK),
            row(POST, "/v1/tasks/{taskId}/complete",
                    partyOf("the task's organisation and roles", ADMIN_AGENT, SALES_AGENT), REVIEW_TASK)
                    .body(REVIEW_ANSWER));

    // ---------------------------------------------------------------------------------------------------------
    // What the conventions expect of a call

    record Expected(boolean allowed, Set<Integer> statuses, String why) {

        static Expected allow(String why) {
            return new Expected(true, Set.of(), why);
        }

        static Expected refuse(String why, Integer... statuses) {
            return new Expected(false, Set.of(statuses), why);
        }

        @Override
        public String toString() {
            return allowed ? "allowed (" + why + ")"
                    : statuses.stream().sorted().map(String::valueOf).collect(Collectors.joining(" or ")) + " (" + why + ")";
        }
    }

    static Expected expected(Row row, Identity identity, Sample sample) {
        Rule rule = row.rule();
        if (rule.anyone()) {
            return sample.parties().isEmpty() ? Expected.refuse("no such record", 404) : Expected.allow("holds the token");
        }
        if (identity.user() == null) {
            return Expected.refuse("no credentials", 401);
        }
        if (!identity.signedIn()) {
            return Expected.refuse("wrong password", 401);
        }
        if (identity.administrator()) {
            return rule.administratorsOnly() || rule.administratorsToo() || rule.anyUser()
                    ? Expected.allow("camunda-admin") : Expected.refuse("camunda-admin is no organisation's user", 403);
        }
        if (rule.administratorsOnly()) {
            return Expected.refuse("not an administrator", 403);
        }
        if (rule.anyUser()) {
            return Expected.allow("signed in");
        }
        if (identity.organisation() == null) {
            return Expected.refuse("not a member of an organisation", 403);
        }
        boolean roleFits = rule.roles().isEmpty() || identity.roles().stream().anyMatch(rule.roles()::contains);
        Side side = sample.parties().get(identity.organisation());
        if (rule.scope() == Scope.RECORD && side == null) {
            // a wrong role may be refused before the record is looked up: either answer tells nothing
            return roleFits ? Expected.refuse("another organisation's record", 404)
                    : Expected.refuse("wrong role, another organisation's record", 403, 404);
        }
        if (!roleFits) {
            return Expected.refuse("wrong role", 403);
        }
        if (!rule.sides().isEmpty() && !rule.sides().contains(side)) {
            return Expected.refuse("wrong side of the record", 403);
        }
        return Expected.allow(side == null ? "role fits" : "own record, role fits");
    }

    // ---------------------------------------------------------------------------------------------------------
    // The matrix

    record Case(Row row, Identity identity, Sample sample) {

        String label() {
            if (sample == NO_RECORD) {
                return "";
            }
            String whose = identity.organisation() == null ? "" : sample.isParty(identity) ? "own: " : "other's: ";
            return " · " + whose + sample.name();
        }

        @Override
        public String toString() {
            return row.key() + " · " + identity + label();
        }
    }

    enum Verdict { ALLOWED_AS_EXPECTED, REFUSED_AS_EXPECTED, WRONGLY_ALLOWED, UNEXPECTED_STATUS }

    record Outcome(Case matrixCase, Expected expected, int status, Verdict verdict, List<String> leaked,
            String malformed, String body, boolean showsRecord) {

        boolean failed() {
            return verdict == Verdict.WRONGLY_ALLOWED || verdict == Verdict.UNEXPECTED_STATUS || !leaked.isEmpty()
                    || malformed != null;
        }

        String describe() {
            StringBuilder text = new StringBuilder(matrixCase + ": expected " + expected + ", got " + status);
            if (verdict == Verdict.WRONGLY_ALLOWED) {
                text.append(" WRONGLY ALLOWED");
            }
            if (!leaked.isEmpty()) {
                text.append(" LEAKED ").append(leaked);
            }
            if (malformed != null) {
                text.append(" (").append(malformed).append(")");
            }
            return text.append(" — ").append(body.length() > 300 ? body.substring(0, 300) + "…" : body).toString();
        }
    }

    static final List<Outcome> OUTCOMES = Collections.synchronizedList(new ArrayList<>());
    static final AtomicInteger ADDRESS = new AtomicInteger();
    static final AtomicLong MATRIX_NANOS = new AtomicLong();
    static final AtomicLong MATRIX_CPU_NANOS = new AtomicLong();

    /** A row with one of its samples; the matrix calls it as every identity. */
    record RowSample(Row row, Sample sample) {

        @Override
        public String toString() {
            return row.key() + (sample == NO_RECORD ? "" : " · " + sample.name()) + " — " + row.rule();
        }
    }

    static Stream<RowSample> matrix() {
        return TABLE.stream().flatMap(row -> row.samples().stream().map(sample -> new RowSample(row, sample)));
    }

    /**
     * The matrix: each row and sample as every identity, each call in a rolled-back transaction of its own (with the
     * sample's fixture). An invocation per row and sample, not per call: ApiTestSupport reloads the demo bundle
     * before each invocation, which would cost more than the calls themselves.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void endpointRoleOrganisationMatrix(RowSample rowSample) {
        long start = System.nanoTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        List<Outcome> outcomes = IDENTITIES.stream().map(identity -> call(new Case(rowSample.row(), identity,
                rowSample.sample()))).toList();
        MATRIX_NANOS.addAndGet(System.nanoTime() - start);
        MATRIX_CPU_NANOS.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu);
        OUTCOMES.addAll(outcomes);
        List<Outcome> failed = outcomes.stream().filter(Outcome::failed).toList();

        if (rowSample.row().rule().scope() == Scope.LISTED) {
            // else the leak check of this listing would prove nothing
            assertThat(outcomes.stream().filter(o -> rowSample.sample().isParty(o.matrixCase().identity()))
                    .anyMatch(Outcome::showsRecord))
                    .as("the listing shows the sample to some caller of its own organisations").isTrue();
        }
        assertThat(failed).as(() -> rowSample + ": " + failed.size() + " of " + IDENTITIES.size()
                + " callers not answered as the conventions say:\n  "
                + failed.stream().map(Outcome::describe).collect(Collectors.joining("\n  "))).isEmpty();
    }

    private Outcome call(Case matrixCase) {
        Row row = matrixCase.row();
        Identity identity = matrixCase.identity();
        Sample sample = matrixCase.sample();
        Expected expected = expected(row, identity, sample);
        return rolledBack(() -> {
            Map<String, String> vars = new LinkedHashMap<>(sample.fixture().given(this));
            Set<String> madeIds = Set.copyOf(vars.values());
            vars.putIfAbsent("me", identity.organisation() == null ? CONTOSO : identity.organisation());
            String uri = fill(row.path() + (row.query() == null ? "" : "?" + row.query()), vars);
            String body = row.body() == null ? null : DEMO_BUNDLE.equals(row.body()) ? demoBundle() : fill(row.body(), vars);
            MockHttpServletResponse response = mvc.perform(signedAs(identity, request(row.method(), uri), body))
                    .andReturn().getResponse();
            return judge(matrixCase, expected, response, uri + " " + (body == null ? "" : body), sample, madeIds);
        });
    }

    private static Outcome judge(Case matrixCase, Expected expected, MockHttpServletResponse response, String request,
            Sample sample, Set<String> madeIds) throws Exception {
        int status = response.getStatus();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        boolean refusal = status == 401 || status == 403 || status == 404;
        Verdict verdict;
        if (expected.allowed()) {
            verdict = refusal || status >= 500 ? Verdict.UNEXPECTED_STATUS : Verdict.ALLOWED_AS_EXPECTED;
        } else if (expected.statuses().contains(status)) {
            verdict = Verdict.REFUSED_AS_EXPECTED;
        } else {
            verdict = status < 300 ? Verdict.WRONGLY_ALLOWED : Verdict.UNEXPECTED_STATUS;
        }
        String malformed = null;
        if (status >= 400) {
            String contentType = response.getContentType();
            if (contentType == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
                malformed = "not application/problem+json: " + contentType;
            } else if (!body.contains("\"code\"")) {
                malformed = "problem without a code";
            } else if (status == 401 && response.getHeader(HttpHeaders.WWW_AUTHENTICATE) == null) {
                malformed = "401 without WWW-Authenticate";
            }
        }
        List<String> leaked = new ArrayList<>();
        Identity identity = matrixCase.identity();
        boolean holdsToken = matrixCase.row().rule().anyone() && !sample.parties().isEmpty();
        if (!identity.administrator() && !sample.isParty(identity) && !holdsToken) {
            Stream.concat(sample.secrets().stream(), madeIds.stream())
                    .filter(secret -> !request.contains(secret) && body.contains(secret)).forEach(leaked::add);
        }
        boolean showsRecord = status < 300 && Stream.concat(sample.secrets().stream(), madeIds.stream())
                .anyMatch(secret -> !request.contains(secret) && body.contains(secret));
        return new Outcome(matrixCase, expected, status, verdict, leaked, malformed, body, showsRecord);
    }

    @AfterAll
    static void printCounts() {
        LoggingSystem.get(RestApiDoorTest.class.getClassLoader()).setLogLevel(RolledBackDecisions.class.getName(), null);
        if (OUTCOMES.isEmpty()) {
            return;
        }
        Map<Verdict, Long> verdicts = OUTCOMES.stream().collect(Collectors.groupingBy(Outcome::verdict, TreeMap::new,
                Collectors.counting()));
        long leaked = OUTCOMES.stream().filter(o -> !o.leaked().isEmpty()).count();
        long malformed = OUTCOMES.stream().filter(o -> o.malformed() != null).count();
        StringBuilder report = new StringBuilder("\n== REST API door: endpoint x role x organisation matrix ==\n");
        report.append("rows ").append(TABLE.size()).append(", identities ").append(IDENTITIES.size())
                .append(", calls tried ").append(OUTCOMES.size())
                .append(" in ").append(MATRIX_NANOS.get() / 1_000_000).append(" ms, ")
                .append(MATRIX_CPU_NANOS.get() / 1_000_000).append(" ms CPU of the test thread (fixtures included)\n");
        report.append("allowed as expected ").append(verdicts.getOrDefault(Verdict.ALLOWED_AS_EXPECTED, 0L))
                .append(" / refused as expected ").append(verdicts.getOrDefault(Verdict.REFUSED_AS_EXPECTED, 0L))
                .append(" / wrongly allowed ").append(verdicts.getOrDefault(Verdict.WRONGLY_ALLOWED, 0L))
                .append(" / leaked ").append(leaked)
                .append(" / unexpected status ").append(verdicts.getOrDefault(Verdict.UNEXPECTED_STATUS, 0L))
                .append(" / refusal not problem+json ").append(malformed).append('\n');
        OUTCOMES.stream().filter(Outcome::failed).forEach(o -> report.append("  FAIL ").append(o.describe()).append('\n'));
        System.out.println(report);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Every endpoint has a row, every row an endpoint

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyEndpointHasARuleAndEveryRuleAnEndpoint() {
        Set<String> mapped = new TreeSet<>();
        handlerMapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("com.csptransition")
                    || ErrorController.class.isAssignableFrom(handler.getBeanType())
                    || handler.getBeanType().getPackageName().equals("com.csptransition.board.page")) {
                // Spring's actuator and springdoc's API docs (both: ops.OpsEndpointsTest); the error page, which
                // answers every caller alike (BadInputTest); the board's page, which signs in by session form
                // login, not HTTP Basic (board.BoardPageTest)
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    mapped.add("ANY " + pattern);
                }
                methods.forEach(method -> mapped.add(method.name() + " " + pattern));
            }
        });
        Set<String> rows = TABLE.stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));

        assertThat(TABLE.stream().map(Row::key).distinct().count()).as("one row per endpoint").isEqualTo(TABLE.size());
        Set<String> withoutRow = new TreeSet<>(mapped);
        withoutRow.removeAll(rows);
        Set<String> withoutEndpoint = new TreeSet<>(rows);
        withoutEndpoint.removeAll(mapped);
        assertThat(withoutRow).as("endpoints without a rule in RestApiDoorTest.TABLE").isEmpty();
        assertThat(withoutEndpoint).as("rules in RestApiDoorTest.TABLE without an endpoint").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Item 8: refusals are consistent

    @Test
    void anotherOrganisationsCustomersTransferListIsNotFound() throws Exception {
        MockHttpServletResponse response = rolledBack(() -> {
            activeTransfer(); // Litware has a request, Contoso's to Northwind
            return mvc.perform(get(TRANSFERS, LITWARE).with(as("fabrikam-admin"))).andReturn().getResponse();
        });

        assertThat(response.getStatus()).as("Fabrikam's admin listing Litware's transfers: " + response.getContentAsString())
                .isEqualTo(404);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).contains("\"code\"").doesNotContain("Litware", "litware-intune");
    }

    @Test
    void aWrongRoleIsRefusedBeforeTheStateIsChecked() throws Exception {
        // contoso-global is on the request's side, but verifying needs an admin or sales agent; the request is Active
        MockHttpServletResponse verify = rolledBack(() -> {
            Map<String, String> transfer = activeTransfer();
            return mvc.perform(post(TRANSFERS + "/{id}/verify", LITWARE, transfer.get("transfer"))
                    .with(as("contoso-global"))).andReturn().getResponse();
        });
        // northwind-global is the provider's, but reviewing needs an admin or sales agent; Northwind already accepted
        MockHttpServletResponse accept = rolledBack(() -> {
            Map<String, String> transfer = reviewedTransfer();
            return mvc.perform(post(TRANSFERS + "/{id}/accept", LITWARE, transfer.get("transfer"))
                    .with(as("northwind-global"))).andReturn().getResponse();
        });

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(verify.getStatus()).as("contoso-global verifying an Active request: %s", body(verify))
                    .isEqualTo(403);
            softly.assertThat(accept.getStatus()).as("northwind-global accepting a reviewed request: %s", body(accept))
                    .isEqualTo(403);
        });
    }

    private static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Set-up: the remaining demo identities; the fixtures, made by their owners in the call's transaction

    @Autowired
    TransactionTemplate tx;
    @Autowired
    com.csptransition.rules.RulesEngine rules;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    @BeforeEach
    void theOtherDemoIdentities() {
        users.ensureUser("contoso-global", PASSWORD, "Contoso global admin", CONTOSO, "Contoso", List.of(GLOBAL_ADMIN));
        users.ensureUser("fabrikam-global", PASSWORD, "Fabrikam global admin", FABRIKAM, "Fabrikam", List.of(GLOBAL_ADMIN));
        users.ensureUser("northwind-global", PASSWORD, "Northwind global admin", NORTHWIND, "Northwind", List.of(GLOBAL_ADMIN));
        users.ensureUser("northwind-sales", PASSWORD, "Northwind sales agent", NORTHWIND, "Northwind", List.of(SALES_AGENT));
        users.ensureUser("adatum-admin", PASSWORD, "Adatum admin agent", ADATUM, "Adatum", List.of(ADMIN_AGENT));
        // every call rolls back, so each refused decision is reported as "rolled back outside a request; not kept"
        // (set back in printCounts)
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel(RolledBackDecisions.class.getName(), LogLevel.ERROR);
    }

    /** Runs the work in a transaction that is rolled back: the service's own transactions join it. */
    private <T> T rolledBack(Callable<T> work) {
        return tx.execute(status -> {
            status.setRollbackOnly();
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static MockHttpServletRequestBuilder signedAs(Identity identity, MockHttpServletRequestBuilder request,
            String body) {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        if (identity.user() == null) {
            return request;
        }
        if (!identity.signedIn()) {
            // each wrong password from an address of its own: a throttle per client address must not answer for it
            int n = ADDRESS.incrementAndGet();
            request.with(r -> {
                r.setRemoteAddr("10.99." + (n / 250) + "." + (n % 250 + 1));
                return r;
            });
        }
        return request.with(httpBasic(identity.user(), identity.password()));
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final Map<String, String> PATH_VARIABLES = Map.of("customerId", "customer", "customerTenantId",
            "customer", "transferId", "transfer", "taskId", "task", "orderId", "order", "subscriptionId", "subscription",
            "partnershipId", "partnership", "enrollmentId", "enrollment", "token", "token");

    private static String draftOf(String file) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                    Map.of("files", Map.of(file, java.nio.file.Files.readString(java.nio.file.Path.of("rules", file)))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String fill(String template, Map<String, String> vars) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = PATH_VARIABLES.getOrDefault(matcher.group(1), matcher.group(1));
            String value = vars.get(name);
            if (value == null) {
                throw new IllegalStateException("The sample has no " + name + " for " + template + ": " + vars);
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }

    /** A fixture's call as the record's owner; it must succeed. */
    private String owner(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() >= 300) {
            throw new IllegalStateException("Fixture call failed with " + response.getStatus() + ": "
                    + response.getContentAsString());
        }
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    Map<String, String> activeTransfer() throws Exception {
        String created = owner(json(post(TRANSFERS, LITWARE).with(as("contoso-admin")), """
                {"sourcePartnerTenantId": "%s", "targetPartnerTenantId": "%s", "lineItems": [{"subscriptionId": "litware-intune"}]}
                """.formatted(CONTOSO, NORTHWIND)));
        return Map.of("customer", LITWARE, "transfer", JsonPath.read(created, "$.id"));
    }

    Map<String, String> reviewedTransfer() throws Exception {
        Map<String, String> transfer = activeTransfer();
        owner(post(TRANSFERS + "/{id}/accept", LITWARE, transfer.get("transfer")).with(as("northwind-sales")));
        return transfer;
    }

    Map<String, String> completeTransfer() throws Exception {
        Map<String, String> transfer = reviewedTransfer();
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(transfer.get("transfer"))
                .singleResult().getId();
        for (Job job : management.createJobQuery().processInstanceId(process).executable().list()) {
            management.executeJob(job.getId());
        }
        return transfer;
    }

    Map<String, String> reviewTask() throws Exception {
        Map<String, String> transfer = activeTransfer();
        String task = taskService.createTaskQuery().processInstanceBusinessKey(transfer.get("transfer"))
                .taskDefinitionKey(TransferProcess.REVIEW).singleResult().getId();
        return Map.of("customer", LITWARE, "transfer", transfer.get("transfer"), "task", task);
    }

    Map<String, String> cohoExtended() throws Exception {
        owner(json(post("/v1/customers/{id}/indirect-providers", COHO).with(as("contoso-admin")), EXTENSION));
        return Map.of("customer", COHO);
    }

    Map<String, String> cohoOrder() throws Exception {
        // "all customers, existing and new, must sign the MCA": Contoso confirms Coho Winery's acceptance first
        owner(json(post("/v1/customers/{id}/agreements", COHO).with(as("contoso-admin")), MCA));
        String order = owner(json(post("/v1/customers/{id}/orders", COHO).with(as("contoso-sales")), ORDER));
        return Map.of("customer", COHO, "order", JsonPath.read(order, "$.id"));
    }

    Map<String, String> cohoDecision() throws Exception {
        owner(get("/v1/customers/{id}/transferseligibility", COHO).param("transferType", "directtoindirect")
                .param("targetPartnerTenantId", NORTHWIND).with(as("contoso-admin")));
        return Map.of("customer", COHO);
    }

    Map<String, String> invitation() throws Exception {
        String sent = owner(json(post("/api/reseller-invitations").with(as("contoso-admin")), """
                {"providerTenantId": "%s", "customerTenantId": "%s"}""".formatted(NORTHWIND, COHO)));
        String link = JsonPath.read(sent, "$.link");
        return Map.of("token", link.substring(link.lastIndexOf('/') + 1), "invitation", JsonPath.read(sent, "$.id"),
                "customer", COHO);
    }

    Map<String, String> openPartnership() throws Exception {
        String invited = owner(json(post("/api/partnerships").with(as("adatum-admin")), PARTNERSHIP));
        return Map.of("partnership", JsonPath.read(invited, "$.id"));
    }

    Map<String, String> approvedEnrollment() throws Exception {
        String enrollment = owner(json(post("/api/enrollment").with(as("fabrikam-global")), ENROLLMENT_FORM));
        return Map.of("enrollment", JsonPath.read(enrollment, "$.id"));
    }

    Map<String, String> enrollmentInReview() throws Exception {
        String enrollment = owner(json(post("/api/enrollment").with(as("fabrikam-global")),
                ENROLLMENT_FORM.replace("\"Fabrikam\"", "\"Fabrikam Ltd\"")));
        return Map.of("enrollment", JsonPath.read(enrollment, "$.id"));
    }
}
