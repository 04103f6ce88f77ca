package com.csptransition.decision;

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
}
