package dev.tandem.infrastructure.persistence;

import dev.tandem.domain.client.Client;
import dev.tandem.domain.client.ClientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaClientRepository implements ClientRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(Client client) {
        em.persist(client);
    }

    @Override
    public List<Client> pageByName(int first, int pageSize) {
        return em.createQuery("select c from Client c order by c.sortName, c.id", Client.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from Client c", Long.class).getSingleResult();
    }
}
