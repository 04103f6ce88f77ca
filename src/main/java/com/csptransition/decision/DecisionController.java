package com.csptransition.decision;

import com.csptransition.identity.Caller;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The decision audit: GET /api/decisions?subject=… */
@RestController
public class DecisionController {

    private final DecisionLog log;

    public DecisionController(DecisionLog log) {
        this.log = log;
    }

    @GetMapping("/api/decisions")
    List<DecisionView> decisions(@RequestParam String subject, @AuthenticationPrincipal Caller caller) {
        return log.about(subject, caller);
    }
}
