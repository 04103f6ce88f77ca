package com.csptransition.transfer.process;

import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.transfer.TransferLine;
import com.csptransition.transfer.TransferRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * How a request reads in its tasks' forms and in its notices: the lines by offer name, quantity and billing cycle
 * with their add-ons beneath (no offer GUIDs), who asked and when, and the subscriptions as they now stand.
 */
@Component
public class TransferTexts {

    /** Partner Center's Azure pay-as-you-go offer: a quantity means nothing there. */
    static final String AZURE_PAYG_OFFER = "MS-AZR-0145P";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final IdentityService identityService;
    private final SubscriptionRepository subscriptions;

    public TransferTexts(IdentityService identityService, SubscriptionRepository subscriptions) {
        this.identityService = identityService;
        this.subscriptions = subscriptions;
    }

    /** One line per subscription, add-ons indented under their base. */
    public String lines(TransferRequest request) {
        List<String> text = new ArrayList<>();
        for (TransferLine base : bases(request)) {
            text.add(describe(base));
            addOns(request, base).forEach(addOn -> text.add("    + add-on " + describe(addOn)));
        }
        return String.join("\n", text);
    }

    /**
     * The subscriptions as they now stand on both sides: the partner's (suspended, or no longer listed for Azure)
     * and the provider's new ones, with the Azure subscription id an Azure subscription keeps.
     */
    public String linesNow(TransferRequest request) {
        List<String> ids = new ArrayList<>();
        request.getLines().forEach(line -> {
            ids.add(line.getSubscriptionId());
            if (line.getTransferredSubscriptionId() != null) {
                ids.add(line.getTransferredSubscriptionId());
            }
        });
        Map<String, Subscription> now = subscriptions.findAllById(ids).stream()
                .collect(Collectors.toMap(Subscription::getId, Function.identity()));
        List<String> text = new ArrayList<>();
        for (TransferLine base : bases(request)) {
            text.add(describe(base));
            text.addAll(standing(request, base, now, "    "));
            for (TransferLine addOn : addOns(request, base)) {
                text.add("    + add-on " + describe(addOn));
                text.addAll(standing(request, addOn, now, "        "));
            }
        }
        return String.join("\n", text);
    }

    /** "Contoso admin agent (contoso-admin), 2025-03-01 10:00 UTC". */
    public String requestedBy(TransferRequest request) {
        String who = request.getCreatedBy() == null ? request.getSourcePartnerName() : person(request.getCreatedBy());
        return who + ", " + time(request.getCreatedTime());
    }

    /** A user's name as Camunda's identity service has it, with the user id. */
    public String person(String userId) {
        User user = withoutAuthorization(() -> identityService.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name + " (" + userId + ")";
    }

    public static String time(Instant time) {
        return time == null ? "" : TIME.format(time);
    }

    public static String time(Date time) {
        return time == null ? "" : time(time.toInstant());
    }

    /** Identity queries from a step: partner users may not read other users, the service may. */
    static <T> T withoutAuthorization(Callable<T> query) {
        CommandContext context = Context.getCommandContext();
        try {
            return context != null ? context.runWithoutAuthorization(query) : query.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<TransferLine> bases(TransferRequest request) {
        return request.getLines().stream().filter(line -> line.getBaseLine() == null).toList();
    }

    private static List<TransferLine> addOns(TransferRequest request, TransferLine base) {
        return request.getLines().stream().filter(line -> line.getBaseLine() != null
                && line.getBaseLine().getId().equals(base.getId())).toList();
    }

    /** "Microsoft Intune: 60 licenses, billed monthly"; Azure pay-as-you-go has no quantity. */
    private static String describe(TransferLine line) {
        String name = line.getFriendlyName() == null ? "Subscription " + line.getSubscriptionId() : line.getFriendlyName();
        String what = AZURE_PAYG_OFFER.equalsIgnoreCase(line.getOfferId()) ? "Azure pay-as-you-go"
                : line.getQuantity() + (line.getQuantity() == 1 ? " license" : " licenses");
        String billing = line.getBillingCycle() == null || line.getBillingCycle().isBlank() ? ""
                : ", billed " + line.getBillingCycle().toLowerCase();
        return name + ": " + what + billing;
    }

    private static List<String> standing(TransferRequest request, TransferLine line, Map<String, Subscription> now,
            String indent) {
        List<String> text = new ArrayList<>();
        Subscription source = now.get(line.getSubscriptionId());
        text.add(indent + request.getSourcePartnerName() + ": " + line.getSubscriptionId() + " "
                + (source == null ? "is gone" : source.getStatus() == SubscriptionStatus.TRANSFERRED
                        ? "is no longer listed" : "is " + source.getStatus().name().toLowerCase()));
        if (line.getTransferredSubscriptionId() != null) {
            Subscription copy = now.get(line.getTransferredSubscriptionId());
            StringBuilder provider = new StringBuilder(indent + request.getTargetPartnerName() + ": new subscription "
                    + line.getTransferredSubscriptionId());
            if (copy == null) {
                provider.append(" is gone");
            } else {
                provider.append(" is ").append(copy.getStatus().name().toLowerCase());
                if (copy.getBaseSubscriptionId() != null) {
                    provider.append(", an add-on of ").append(copy.getBaseSubscriptionId());
                }
                if (copy.getAzureSubscriptionId() != null) {
                    provider.append(", Azure subscription id ").append(copy.getAzureSubscriptionId()).append(" (kept)");
                }
            }
            text.add(provider.toString());
        }
        return text;
    }
}
