package com.csptransition.notification;

import com.csptransition.identity.Caller;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/notifications[?kind=]: the outbox as the caller's organisation may read it. */
@RestController
public class NotificationController {

    private final Notifications notifications;

    public NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/notifications")
    List<NotificationView> list(@RequestParam(required = false) String kind, @AuthenticationPrincipal Caller caller) {
        return notifications.list(kind, caller);
    }
}
