package dev.tandem.infrastructure.persistence;

import dev.tandem.domain.practice.Practice;
import dev.tandem.domain.practice.PracticeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaPracticeRepository implements PracticeRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Practice> find() {
        return Optional.ofNullable(em.find(Practice.class, Practice.THE_PRACTICE));
    }

    @Override
    public void add(Practice practice) {
        em.persist(practice);
        em.flush();
    }
}
