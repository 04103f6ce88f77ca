package com.csptransition.decision;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DecisionRepository extends JpaRepository<DecisionRecord, Long> {

    @Query("select d from DecisionRecord d where :subject member of d.subjects"
            + " and (:organisation is null or d.organisation = :organisation) order by d.decidedAt desc, d.id desc")
    List<DecisionRecord> findBySubject(String subject, String organisation);

    @Query("select d from DecisionRecord d where d.kind = :kind and :subject member of d.subjects"
            + " order by d.decidedAt desc, d.id desc")
    List<DecisionRecord> findLatest(String kind, String subject, Limit limit);

    /** The latest decisions of these concerns that kept their facts, newest first. */
    @Query("select d from DecisionRecord d where d.concern in :concerns and d.facts is not null"
            + " and d.decidedAt >= :since order by d.id desc")
    List<DecisionRecord> findReplayable(Collection<String> concerns, Instant since, Limit limit);
}
