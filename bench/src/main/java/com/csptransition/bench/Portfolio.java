package com.csptransition.bench;

/**
 * Contoso's portfolio for {@link ScaleBench}, as import bundles (the JSON of POST /v1/admin/import): customers with
 * GUID tenant ids, each moved to Northwind with the MCA accepted, and their subscriptions spread evenly, of the same
 * mix for every customer (by position: license-based with an add-on, Azure PAYG, Azure plan, term-based, SaaS,
 * reserved instance, software; every 7th suspended). Bundles are written as needed, never all held at once.
 */
final class Portfolio {

    static final String PARTNER = "11111111-1111-4111-8111-111111111111";
    static final String PROVIDER = "33333333-3333-4333-8333-333333333333";
    private static final String[] KINDS = {"LICENSE_BASED", "LICENSE_BASED", "AZURE_PAYG", "AZURE_PLAN",
        "LICENSE_BASED", "TERM_BASED", "MARKETPLACE_SAAS", "AZURE_RESERVED_INSTANCE", "LICENSE_BASED", "SOFTWARE"};
    private static final String[] OFFERS = {"796B6B5F-613C-4E24-A17C-EBA730D49C02", "0C5CA3D5-0E06-4B8F-A4CD-6C6A1E8B1B1D",
        "MS-AZR-0145P", "DZH318Z0BPS6", "91FD106F-4B2C-4938-95AC-F54F74E9A239", "CFQ7TTC0LF8Q", "DZH318Z0BQ3D",
        "DZH318Z0BQ4Q", "A4AB58AA-3B7E-4A4D-A7E1-6E0F8C2A9A55", "DG7GMGF0DVT4"};

    final int subscriptions;
    final int customers;

    Portfolio(int subscriptions, int customers) {
        if (customers < 2 || subscriptions < customers) {
            throw new IllegalArgumentException("at least 2 customers and one subscription each");
        }
        this.subscriptions = subscriptions;
        this.customers = customers;
    }

    static String customerId(int i) {
        return String.format("%08x-5ca1-4000-8000-000000000000", i);
    }

    static String subscriptionId(int customer, int j) {
        return String.format("%08x-5ca1-4000-9000-%012x", customer, j);
    }

    /** Subscriptions of customer i: the remainder goes to the first customers. */
    int perCustomer(int i) {
        return subscriptions / customers + (i < subscriptions % customers ? 1 : 0);
    }

    int subscriptions(int first, int end) {
        int n = 0;
        for (int i = first; i < end; i++) {
            n += perCustomer(i);
        }
        return n;
    }

    /** The bundle of customers [first, end) and all their subscriptions. */
    String bundle(int first, int end) {
        StringBuilder json = new StringBuilder(300 * subscriptions(first, end) + 400 * (end - first));
        json.append("{\"customers\":[");
        for (int i = first; i < end; i++) {
            json.append(i > first ? "," : "").append("{\"id\":\"").append(customerId(i))
                    .append("\",\"name\":\"Portfolio customer ").append(i).append("\",\"acquiredAs\":\"DIRECT_BILL\",")
                    .append("\"resellerRelationships\":[{\"partnerId\":\"").append(PARTNER)
                    .append("\",\"delegatedAdminPrivileges\":true},{\"partnerId\":\"").append(PROVIDER)
                    .append("\",\"delegatedAdminPrivileges\":false}],\"mcaAcceptances\":[{\"method\":\"M365_ADMIN_CENTER\",")
                    .append("\"partnerId\":\"").append(PARTNER).append("\",\"dateAgreed\":\"2024-03-01\"}]}");
        }
        json.append("],\"subscriptions\":[");
        boolean comma = false;
        for (int i = first; i < end; i++) {
            for (int j = 0; j < perCustomer(i); j++) {
                String kind = KINDS[j % KINDS.length];
                json.append(comma ? "," : "").append("{\"id\":\"").append(subscriptionId(i, j))
                        .append("\",\"customerId\":\"").append(customerId(i)).append("\",\"partnerId\":\"").append(PARTNER)
                        .append("\",\"offerId\":\"").append(OFFERS[j % OFFERS.length]).append("\",\"offerName\":\"Offer ")
                        .append(j % OFFERS.length).append("\",\"offerKind\":\"").append(kind).append("\",\"quantity\":")
                        .append(1 + (i + j) % 50).append(",\"status\":\"").append(j % 7 == 6 ? "SUSPENDED" : "ACTIVE")
                        .append('"');
                if (j % 10 == 1) {
                    json.append(",\"baseSubscriptionId\":\"").append(subscriptionId(i, j - 1)).append('"');
                }
                if ("AZURE_PAYG".equals(kind)) {
                    json.append(",\"azureSubscriptionId\":\"").append(String.format("%08x-a2e0-4000-8000-%012x", i, j))
                            .append('"');
                }
                json.append('}');
                comma = true;
            }
        }
        return json.append("]}").toString();
    }
}
