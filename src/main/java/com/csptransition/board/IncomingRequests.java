package com.csptransition.board;

import com.csptransition.board.ReadinessFacts.Stage;
import com.csptransition.identity.Action;
import com.csptransition.identity.Caller;
import com.csptransition.identity.WhoMayAct;
import com.csptransition.transfer.TransferTasks;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's side of the board: the requests addressed to it that have not ended, by partner and customer, with
 * the step they wait on and the open task the caller may take in the Tasklist.
 */
@Service
public class IncomingRequests {

    /** taskLink: the task in Camunda's Tasklist, for a task one of the caller's roles may complete (else null). */
    public record Incoming(String partnerName, String partnerTenantId, String customerName, String customerId,
            String transferId, Stage stage, Instant createdTime, String taskName, String taskLink) {
    }

    private final BoardQueries queries;
    private final TransferTasks tasks;
    private final WhoMayAct whoMayAct;
    private final String tasklist;

    IncomingRequests(BoardQueries queries, TransferTasks tasks, WhoMayAct whoMayAct,
            @Value("${camunda.bpm.webapp.application-path}") String webapps) {
        this.queries = queries;
        this.tasks = tasks;
        this.whoMayAct = whoMayAct;
        this.tasklist = webapps + "/app/tasklist/default/#/?task=";
    }

    @Transactional(readOnly = true)
    public List<Incoming> of(Caller caller) {
        whoMayAct.require(caller, Action.VIEW_TRANSITION_BOARD);
        Map<String, TransferTasks.TaskView> taskByRequest = tasks.open(caller).stream()
                .collect(Collectors.toMap(TransferTasks.TaskView::transferId, t -> t, (a, b) -> a));
        return queries.requestsTo(caller.organisationId()).stream()
                .filter(r -> TransitionReadiness.stage(r) != null)
                .map(r -> {
                    TransferTasks.TaskView task = taskByRequest.get(r.getId());
                    return new Incoming(r.getSourcePartnerName(), r.getSourcePartnerId(), r.getCustomerName(),
                            r.getCustomerId(), r.getId(), TransitionReadiness.stage(r), r.getCreatedTime(),
                            task == null ? null : task.name(), task == null ? null : tasklist + task.id());
                }).toList();
    }
}
