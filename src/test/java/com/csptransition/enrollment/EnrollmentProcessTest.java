package com.csptransition.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.enrollment.process.EnrollmentProcess;
import com.csptransition.identity.Role;
import com.jayway.jsonpath.JsonPath;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

/** "Get started", "Enroll for indirect reseller incentives": Fabrikam, a direct bill partner, enrolls. */
class EnrollmentProcessTest extends ApiTestSupport {

    static final String FORM = """
            {"companyName": "%s", "mpnId": "%s",
             "primaryContact": {"firstName": "Ann", "lastName": "Lee", "email": "ann@fabrikam.example"}}""";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void usersAndEngine() {
        AbstractAssertions.init(engine);
        users.ensureUser("fabrikam-global", PASSWORD, "Fabrikam global admin", FABRIKAM, "Fabrikam", List.of(Role.GLOBAL_ADMIN));
        users.ensureUser("contoso-global", PASSWORD, "Contoso global admin", CONTOSO, "Contoso", List.of(Role.GLOBAL_ADMIN));
    }

    @AfterEach
    void forgetEnrollments() {
        runtime.createProcessInstanceQuery().processDefinitionKey(EnrollmentProcess.KEY).list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
        jdbc.update("delete from enrollment");
        jdbc.update("delete from partner_incentive");
        jdbc.update("delete from partner_program where partner_id = ? and program = 'INDIRECT_RESELLER'", FABRIKAM);
        jdbc.update("delete from notification");
    }

    @Test
    void approvedAtOnceTheGlobalAdminAcceptsTheAgreementAndTheIncentiveInvitationFollowsWithin30Days() throws Exception {
        // given a form with the partner details of the profile: approval is immediate
        String enrollment = submit("Fabrikam", "2345678").andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.reviewReasons").isEmpty()).andReturn().getResponse().getContentAsString();
        ProcessInstance process = process(JsonPath.read(enrollment, "$.id"));
        assertThat(process).hasPassed("approveEnrollment", "notifyPrimaryContact")
                .isWaitingAt(EnrollmentProcess.ACCEPT_AGREEMENT);
        assertThat(task()).hasCandidateGroup(FABRIKAM);
        assertThat(task().getName()).isEqualTo("Accept indirect reseller agreement: Fabrikam");
        assertThat(taskService.getVariablesLocal(task().getId())).containsEntry("partnerName", "Fabrikam")
                .containsEntry("mpnId", "2345678").containsEntry("submittedBy", "fabrikam-global")
                .containsKeys("submittedAt", "approvedAt");
        // the agreement is accepted by ticking it, not by completing an empty form
        assertThat(complete("fabrikam-global", PASSWORD, task().getId(), "{}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(complete("fabrikam-global", PASSWORD, task().getId(),
                "{\"agreementAccepted\": {\"value\": false}}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        notifications("ENROLLMENT_APPROVED").andExpect(jsonPath("$[0].recipient").value("ann@fabrikam.example"))
                .andExpect(jsonPath("$[0].status").value("PENDING"));

        // only the global admin accepts the indirect reseller agreement
        mvc.perform(post("/api/enrollment/agreement").with(as("fabrikam-admin"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/enrollment/agreement").with(as("fabrikam-global"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.programs").value(org.hamcrest.Matchers.containsInAnyOrder("DIRECT_BILL", "INDIRECT_RESELLER")))
                .andExpect(jsonPath("$.incentives.DIRECT_BILL").value("ELIGIBLE"))
                .andExpect(jsonPath("$.incentives.INDIRECT_RESELLER").value("INVITATION_DUE"))
                .andExpect(jsonPath("$.enrollment.state").value("COMPLETED"));
        assertThat(process).hasPassed("enableIndirectReseller").isWaitingAt("incentiveInvitationDue");
        assertThat(Duration.between(Instant.now(), job().getDuedate().toInstant()))
                .isBetween(Duration.ofDays(30).minusMinutes(5), Duration.ofDays(30));

        // when the timer fires, the invitation goes to the MPN account's email
        execute(job());

        assertThat(process).hasPassed("inviteToIndirectResellerIncentive").isEnded();
        notifications("INCENTIVE_INVITATION").andExpect(jsonPath("$[0].recipient").value("mpn@fabrikam.example"));
        mvc.perform(get("/api/enrollment").with(as("fabrikam-admin")))
                .andExpect(jsonPath("$.incentives.INDIRECT_RESELLER").value("INVITED"))
                .andExpect(jsonPath("$.incentives.DIRECT_BILL").value("ELIGIBLE"));
        // nor can data loading roll it back
        mvc.perform(post("/v1/admin/import").with(admin()).contentType(MediaType.APPLICATION_JSON).content(demoBundle()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0]").value(org.hamcrest.Matchers.containsString(
                        "no option to roll back to a direct bill-only tenant")));
    }

    @Test
    void enrollmentCannotBeRolledBack() throws Exception {
        submit("Fabrikam", "2345678").andExpect(status().isCreated());

        mvc.perform(delete("/api/enrollment").with(as("fabrikam-global"))).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("EnrollmentCannotBeRolledBack"))
                .andExpect(jsonPath("$.reasons[0].code").value("ENROLLMENT_CANNOT_BE_ROLLED_BACK"))
                .andExpect(jsonPath("$.reasons[0].rule").value(org.hamcrest.Matchers.startsWith("Once you enroll")));
        mvc.perform(delete("/api/enrollment").with(as("contoso-admin"))).andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/enrollment").with(as("fabrikam-global"))).andExpect(jsonPath("$.enrollment.state").value("APPROVED"));
        submit("Fabrikam", "2345678").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[0].code").value("ENROLLMENT_IN_PROGRESS"));
    }

    @Test
    void aFormThatDiffersFromTheProfileIsReviewedAndEscalatedAfterFiveBusinessDays() throws Exception {
        String enrollment = submit("Fabrikam Ltd", "2345678").andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("IN_REVIEW"))
                .andExpect(jsonPath("$.reviewReasons[0].code").value("FORM_DIFFERS_FROM_PROFILE"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(enrollment, "$.id");
        ProcessInstance process = process(id);
        assertThat(process).isWaitingAt(EnrollmentProcess.REVIEW);
        assertThat(task()).hasCandidateGroup("camunda-admin");
        LocalDate due = job().getDuedate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        assertThat(businessDaysBetween(LocalDate.now(ZoneOffset.UTC), due)).isEqualTo(5);
        // the task list shows whose enrollment it is and the day it escalates
        assertThat(task().getName()).isEqualTo("Review enrollment: Fabrikam (MPN ID 2345678)");
        assertThat(task().getDueDate()).isEqualTo(job().getDuedate());
        Map<String, Object> shown = taskService.getVariablesLocal(task().getId());
        assertThat(shown).containsEntry("partnerName", "Fabrikam").containsEntry("submittedBy", "fabrikam-global")
                .containsEntry("primaryContact", "Ann Lee <ann@fabrikam.example>").containsKeys("submittedAt", "reviewDue");
        assertThat((String) shown.get("reviewReasons")).isNotBlank();
        assertThat(task().getDescription()).contains("submitted by fabrikam-global", "review by " + shown.get("reviewDue"));
        // the form's decision is an explicit choice: nothing, a tick or another word is no decision
        for (String undecided : List.of("{}", "{\"approved\": {\"value\": true}}", "{\"decision\": {\"value\": \"yes\"}}")) {
            assertThat(complete("admin", "admin-secret", task().getId(), undecided).getStatusCode()).as(undecided)
                    .isEqualTo(HttpStatus.BAD_REQUEST);
        }

        // when five business days pass: the reviewers are told, the task rises to the top; the review stays open
        execute(job());

        assertThat(process).hasPassed("escalateEnrollmentReview").isWaitingAt(EnrollmentProcess.REVIEW);
        assertThat(task().getPriority()).isEqualTo(100);
        notifications("ENROLLMENT_REVIEW_OVERDUE").andExpect(jsonPath("$[0].recipient").value("partner-operations@csp-transition.local"));

        // only Microsoft's reviewers decide
        review(id, "fabrikam-global", true).andExpect(status().isForbidden());
        mvc.perform(post("/api/enrollments/{id}/review", id).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"approved\": true}")).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"));
        assertThat(process).hasPassed("approveEnrollment", "notifyPrimaryContact")
                .isWaitingAt(EnrollmentProcess.ACCEPT_AGREEMENT);
        mvc.perform(post("/api/enrollments/{id}/review", id).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"approved\": true}")).andExpect(status().isConflict());
    }

    @Test
    void aRejectedEnrollmentTellsThePrimaryContactAndMayBeSubmittedAgain() throws Exception {
        String id = JsonPath.read(submit("Fabrikam Ltd", "2345678").andReturn().getResponse().getContentAsString(), "$.id");
        ProcessInstance process = process(id);

        mvc.perform(post("/api/enrollments/{id}/review", id).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"approved\": false, \"note\": \"Your legal name does not match your MPN account.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REJECTED"));

        assertThat(process).hasPassed("rejectEnrollment", "enrollmentRejected").isEnded();
        notifications("ENROLLMENT_REJECTED").andExpect(jsonPath("$[0].body").value(
                org.hamcrest.Matchers.containsString("legal name does not match")));
        submit("Fabrikam", "2345678").andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.state").value("APPROVED"));
    }

    @Test
    void theReviewFormsChoiceDecidesAtEveryDoor() throws Exception {
        String id = JsonPath.read(submit("Fabrikam Ltd", "2345678").andReturn().getResponse().getContentAsString(), "$.id");
        assertThat(process(id)).isWaitingAt(EnrollmentProcess.REVIEW);

        assertThat(complete("admin", "admin-secret", task().getId(), "{\"decision\": {\"value\": \"reject\"},"
                + " \"reviewNote\": {\"value\": \"Use the legal name of your MPN account.\"}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(process(id)).isNull();
        mvc.perform(get("/api/enrollment").with(as("fabrikam-global")))
                .andExpect(jsonPath("$.enrollment.state").value("REJECTED"))
                .andExpect(jsonPath("$.enrollment.decisionNote").value("Use the legal name of your MPN account."));
    }

    @Test
    void whoMayEnroll() throws Exception {
        mvc.perform(post("/api/enrollment").with(as("fabrikam-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(FORM.formatted("Fabrikam", "2345678")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.reasons[*].code").value(hasItem("GLOBAL_ADMIN_REQUIRED")));
        // rules/who-may-act.drl refused before the enrollment rules were asked; its refusal is audited
        mvc.perform(get("/api/decisions").param("subject", FABRIKAM).with(as("fabrikam-admin")))
                .andExpect(jsonPath("$[0].kind").value("WHO_MAY_ACT"))
                .andExpect(jsonPath("$[0].outcome").value("REFUSED"))
                .andExpect(jsonPath("$[0].reasons[0].code").value("GLOBAL_ADMIN_REQUIRED"));
        mvc.perform(post("/api/enrollment").with(as("contoso-global")).contentType(MediaType.APPLICATION_JSON)
                        .content(FORM.formatted("Contoso", "1234567")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[*].code").value(hasItem("ALREADY_INDIRECT_RESELLER")));
        // the refusal rolled the submission back, but its decision stays audited
        mvc.perform(get("/api/decisions").param("subject", CONTOSO).with(as("contoso-global")))
                .andExpect(jsonPath("$[0].kind").value("ENROLLMENT_SUBMISSION"))
                .andExpect(jsonPath("$[0].outcome").value("REFUSED"));
        mvc.perform(post("/api/enrollment").with(as("fabrikam-global")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"companyName\": \"Fabrikam\"")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/enrollment").with(as("fabrikam-global")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyName\": \"Fabrikam\", \"mpnId\": \"2345678\", \"primaryContact\": {\"email\": \"x\"}}"))
                .andExpect(status().isBadRequest());
        mvc.perform(delete("/api/enrollment").with(as("fabrikam-global"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/enrollments").with(as("fabrikam-global"))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from enrollment", Integer.class)).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(EnrollmentProcess.KEY).count()).isZero();
    }

    @Test
    void theIncentiveInvitationStepOnItsOwn() throws Exception {
        String id = JsonPath.read(submit("Fabrikam", "2345678").andReturn().getResponse().getContentAsString(), "$.id");
        ProcessInstance process = process(id);
        // the step re-checks the enrollment it acts on: not before the agreement is accepted
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.createProcessInstanceModification(process.getId())
                .startBeforeActivity("inviteToIndirectResellerIncentive").execute()).hasMessageContaining("is not COMPLETED");
        jdbc.update("update enrollment set state = 'COMPLETED' where id = ?", id);

        runtime.createProcessInstanceModification(process.getId()).cancelAllForActivity(EnrollmentProcess.ACCEPT_AGREEMENT)
                .startBeforeActivity("inviteToIndirectResellerIncentive").execute();

        assertThat(process).isEnded().hasPassed("inviteToIndirectResellerIncentive", "enrolled");
        notifications("INCENTIVE_INVITATION").andExpect(jsonPath("$[0].recipient").value("mpn@fabrikam.example"));
    }

    /** Completes a task through Camunda's REST API, as the Tasklist submits its form. */
    private ResponseEntity<String> complete(String user, String password, String taskId, String variables) {
        return client(user, password).post().uri("/engine-rest/task/{id}/complete", taskId)
                .contentType(MediaType.APPLICATION_JSON).body("{\"variables\": " + variables + "}").retrieve()
                .toEntity(String.class);
    }

    private ResultActions submit(String companyName, String mpnId) throws Exception {
        return mvc.perform(post("/api/enrollment").with(as("fabrikam-global")).contentType(MediaType.APPLICATION_JSON)
                .content(FORM.formatted(companyName, mpnId)));
    }

    private ResultActions review(String id, String user, boolean approved) throws Exception {
        return mvc.perform(post("/api/enrollments/{id}/review", id).with(as(user)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"approved\": " + approved + "}"));
    }

    private ResultActions notifications(String kind) throws Exception {
        return mvc.perform(get("/api/notifications").param("kind", kind).with(admin())).andExpect(status().isOk());
    }

    private ProcessInstance process(String enrollmentId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(enrollmentId).singleResult();
    }

    private static long businessDaysBetween(LocalDate from, LocalDate to) {
        return from.datesUntil(to).skip(1).filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
                && d.getDayOfWeek() != DayOfWeek.SUNDAY).count() + 1;
    }
}
