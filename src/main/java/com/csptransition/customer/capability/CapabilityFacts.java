package com.csptransition.customer.capability;

import com.csptransition.customer.AcquisitionKind;
import com.csptransition.partner.Program;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** The facts the capability and direct bill requirement rules reason about. */
public final class CapabilityFacts {

    private CapabilityFacts() {
    }

    /** The partner acting for the customer, with its trailing 12-month CSP revenue and today's date. */
    public record ActingPartner(String id, String name, Set<Program> programs, BigDecimal trailingTwelveMonthRevenueUsd,
            LocalDate today) {
    }

    /** The customer, and how the acting partner acquired it. */
    public record CapabilityCustomer(String id, String name, AcquisitionKind acquiredAs) {
    }

    /** One capability asked about. */
    public record RequestedCapability(Capability capability) {

        public String name() {
            return capability.name();
        }
    }

    /** The indirect reseller a provider names when it creates a customer tenant. */
    public record NamedReseller(String id, String name, Set<Program> programs, boolean partneredWithProvider) {
    }

    /** The periodic check that informs direct bill partners below the requirements. */
    public record RequirementCheck() {
    }
}
