package com.csptransition.transfer;

import com.csptransition.identity.Caller;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /v1/tasks, claim, unclaim and complete: the Tasklist's human tasks for systems. */
@RestController
@RequestMapping("/v1/tasks")
public class TaskController {

    private final TransferTasks tasks;

    public TaskController(TransferTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    List<TransferTasks.TaskView> open(@AuthenticationPrincipal Caller caller) {
        return tasks.open(caller);
    }

    @PostMapping("/{taskId}/claim")
    TransferTasks.TaskView claim(@PathVariable String taskId, @AuthenticationPrincipal Caller caller) {
        return tasks.claim(taskId, caller);
    }

    @PostMapping("/{taskId}/unclaim")
    TransferTasks.TaskView unclaim(@PathVariable String taskId, @AuthenticationPrincipal Caller caller) {
        return tasks.unclaim(taskId, caller);
    }

    @PostMapping("/{taskId}/complete")
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody(required = false) Map<String, Object> body,
            @AuthenticationPrincipal Caller caller) {
        tasks.complete(taskId, body == null ? Map.of() : body, caller);
        return ResponseEntity.noContent().build();
    }
}
