package com.csptransition.board;

import com.csptransition.identity.Caller;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The transition board for systems (Partner Center has no such API): rows, preview, bulk start, incoming requests. */
@RestController
@RequestMapping("/api/board")
public class BoardController {

    private final Board board;
    private final BulkMove move;
    private final IncomingRequests incoming;

    BoardController(Board board, BulkMove move, IncomingRequests incoming) {
        this.board = board;
        this.move = move;
        this.incoming = incoming;
    }

    @GetMapping
    Board.View rows(@RequestParam(required = false) String providerTenantId,
            @RequestParam(required = false) String readiness, @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
            @AuthenticationPrincipal Caller caller) {
        return board.view(caller, new Board.Query(providerTenantId, readiness, search, page, size));
    }

    /** Body: {providerTenantId, customerIds: [...]} or {providerTenantId, allReady: true}. Changes nothing. */
    @PostMapping("/preview")
    Map<String, Object> preview(@RequestBody BulkMove.Selection selection, @AuthenticationPrincipal Caller caller) {
        return collection(move.preview(caller, selection));
    }

    /** One transfer request per ready customer; the result per customer. A retry creates nothing twice. */
    @PostMapping("/start")
    Map<String, Object> start(@RequestBody BulkMove.Selection selection, @AuthenticationPrincipal Caller caller) {
        return collection(move.start(caller, selection));
    }

    @GetMapping("/incoming")
    Map<String, Object> incoming(@AuthenticationPrincipal Caller caller) {
        return collection(incoming.of(caller));
    }

    /** Partner Center's shape of a list: {totalCount, items}. */
    private static Map<String, Object> collection(List<?> items) {
        return Map.of("totalCount", items.size(), "items", items);
    }
}
