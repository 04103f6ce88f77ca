package com.csptransition.web;

import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.decision.RolledBackDecisions;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the database refuses: a duplicate key is a lost race (409, retry), a value it cannot store is bad input
 * (400), never "another request changed the same data first".
 */
class DataIntegrityProblemTest {

    @RestController
    static class Refusing {

        @PostMapping("/v1/customers/c/transfers/{sqlState}")
        void refuse(@PathVariable String sqlState) {
            SQLException refusal = new SQLException("refused", sqlState);
            throw new DataIntegrityViolationException("could not execute statement", sqlState.startsWith("23")
                    ? new ConstraintViolationException("could not execute statement", refusal, "insert …", "uq")
                    : new DataException("could not execute statement", refusal));
        }
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Refusing())
            .setControllerAdvice(new ProblemAdvice(mock(RolledBackDecisions.class))).build();

    @Test
    void aValueTooLongForItsColumnIsInvalidInput() throws Exception {
        for (String sqlState : new String[] {"22001", "22003"}) {
            mvc.perform(post("/v1/customers/c/transfers/{s}", sqlState)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("InvalidInput"))
                    .andExpect(jsonPath("$.partnerCenterCode").value(800002));
        }
    }

    @Test
    void aDuplicateKeyIsALostRace() throws Exception {
        mvc.perform(post("/v1/customers/c/transfers/{s}", "23505")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("TransferProcessedByAnotherRequest"));
    }
}
