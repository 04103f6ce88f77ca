package com.csptransition.board.page;

import com.csptransition.board.Board;
import com.csptransition.board.BoardStarts;
import com.csptransition.board.BulkMove;
import com.csptransition.board.IncomingRequests;
import com.csptransition.customer.extension.RelationshipExtension;
import com.csptransition.customer.invitation.ResellerInvitations;
import com.csptransition.identity.Caller;
import com.csptransition.transfer.TransferActions;
import com.csptransition.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The transition board's page: server-rendered (templates/board.html), plain forms that work without a script,
 * signed in by session (identity.SecurityConfiguration, chain boardPageLogin). Every answer comes from the same services
 * as the REST API; a refusal is shown on the page with the rules' reasons.
 */
@Controller
@RequestMapping("/board")
class BoardPage {

    private final Board board;
    private final BulkMove move;
    private final IncomingRequests incoming;
    private final RelationshipExtension extension;
    private final ResellerInvitations invitations;
    private final TransferActions transfers;
    private final BoardStarts starts;

    BoardPage(Board board, BulkMove move, IncomingRequests incoming, RelationshipExtension extension,
            ResellerInvitations invitations, TransferActions transfers, BoardStarts starts) {
        this.starts = starts;
        this.board = board;
        this.move = move;
        this.incoming = incoming;
        this.extension = extension;
        this.invitations = invitations;
        this.transfers = transfers;
    }

    @GetMapping
    String show(@RequestParam(required = false) String provider, @RequestParam(required = false) String readiness,
            @RequestParam(required = false) String search, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("user", caller.userId());
        model.addAttribute("search", search == null ? "" : search);
        model.addAttribute("readiness", readiness == null ? "" : readiness);
        try {
            model.addAttribute("board", board.view(caller, new Board.Query(blankToNull(provider),
                    blankToNull(readiness), search, page, 25)));
            model.addAttribute("incoming", incoming.of(caller));
        } catch (ApiException e) {
            model.addAttribute("error", explain(e));
        }
        return "board";
    }

    @PostMapping("/preview")
    String preview(@RequestParam String provider, @RequestParam(required = false) List<String> customerIds,
            @RequestParam(defaultValue = "false") boolean allReady, @AuthenticationPrincipal Caller caller,
            Model model) {
        model.addAttribute("user", caller.userId());
        model.addAttribute("provider", provider);
        try {
            model.addAttribute("previews", move.preview(caller, new BulkMove.Selection(provider, customerIds, allReady)));
        } catch (ApiException e) {
            model.addAttribute("error", explain(e));
        }
        return "board-move";
    }

    /** Starts in the background and shows the progress page (it reloads itself until the batch is done). */
    @PostMapping("/start")
    String start(@RequestParam String provider, @RequestParam(required = false) List<String> customerIds,
            @AuthenticationPrincipal Caller caller, Model model) {
        try {
            return "redirect:/board/start/" + starts.begin(caller, new BulkMove.Selection(provider, customerIds, false));
        } catch (ApiException e) {
            model.addAttribute("user", caller.userId());
            model.addAttribute("provider", provider);
            model.addAttribute("error", explain(e));
            return "board-move";
        }
    }

    @GetMapping("/start/{batchId}")
    String progress(@PathVariable String batchId, @AuthenticationPrincipal Caller caller, Model model,
            HttpServletResponse response) {
        model.addAttribute("user", caller.userId());
        try {
            BoardStarts.Progress progress = starts.progress(caller, batchId);
            model.addAttribute("provider", progress.providerTenantId());
            model.addAttribute("progress", progress);
            model.addAttribute("results", progress.results());
        } catch (ApiException e) {
            response.setStatus(e.getStatus().value());
            model.addAttribute("error", explain(e));
        }
        return "board-move";
    }

    @PostMapping("/extend")
    String extend(@RequestParam String customerId, @RequestParam String provider, @AuthenticationPrincipal Caller caller,
            RedirectAttributes flash) {
        return act(flash, provider, () -> {
            extension.extend(customerId, provider, true, caller);
            return "The reseller relationship is extended to the provider.";
        });
    }

    @PostMapping("/invite")
    String invite(@RequestParam String customerId, @RequestParam String provider, @AuthenticationPrincipal Caller caller,
            RedirectAttributes flash) {
        return act(flash, provider, () -> "Indirect reseller invitation " + invitations.invite(provider, customerId,
                caller).id() + " sent: the customer authorizes it through the link.");
    }

    @PostMapping("/withdraw")
    String withdraw(@RequestParam String customerId, @RequestParam String transferId, @RequestParam String provider,
            @AuthenticationPrincipal Caller caller, RedirectAttributes flash) {
        return act(flash, provider, () -> {
            transfers.withdraw(customerId, transferId, caller);
            return "Request " + transferId + " is withdrawn.";
        });
    }

    private static String act(RedirectAttributes flash, String provider, Supplier<String> action) {
        try {
            flash.addFlashAttribute("message", action.get());
        } catch (ApiException e) {
            flash.addFlashAttribute("error", explain(e));
        }
        flash.addAttribute("provider", provider);
        return "redirect:/board";
    }

    /** The problem's detail, or every reason the rules gave. */
    static String explain(ApiException e) {
        return e.reasons().isEmpty() ? e.getMessage()
                : e.reasons().stream().map(r -> r.get("message")).distinct().collect(Collectors.joining(" "));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
