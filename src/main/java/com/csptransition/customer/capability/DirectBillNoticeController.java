package com.csptransition.customer.capability;

import com.csptransition.identity.Caller;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /v1/admin/direct-bill-notices: run the daily direct bill requirement check now (administrators). */
@RestController
public class DirectBillNoticeController {

    private final DirectBillNotices notices;

    public DirectBillNoticeController(DirectBillNotices notices) {
        this.notices = notices;
    }

    @PostMapping("/v1/admin/direct-bill-notices")
    List<DirectBillNotices.Notice> inform(@AuthenticationPrincipal Caller caller) {
        return notices.informPartnersBelowRequirements(caller);
    }
}
