package dev.tandem.infrastructure.persistence;

import dev.tandem.domain.user.UserAccount;
import dev.tandem.domain.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(UserAccount account) {
        em.persist(account);
        em.flush();
    }
}
