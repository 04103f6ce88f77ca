package com.csptransition.enrollment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrollmentRepository extends JpaRepository<Enrollment, String> {

    Optional<Enrollment> findByPartnerId(String partnerId);

    List<Enrollment> findByStateOrderBySubmittedTimeAsc(EnrollmentState state);

    List<Enrollment> findAllByOrderBySubmittedTimeAsc();
}
