package com.csptransition.cluster;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every @Scheduled method also carries @SchedulerLock(name): of the nodes whose schedule fires, the one that takes
 * the lock (a row of table shedlock, V13) runs it and the others skip that run. Lock times are the database's clock,
 * so the nodes' clocks need not agree. A node that dies holding a lock holds it until its lockAtMostFor.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class ScheduledWorkLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource, ClusterNode node) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .withLockedByValue(node.name())
                .usingDbTime()
                .build());
    }
}
