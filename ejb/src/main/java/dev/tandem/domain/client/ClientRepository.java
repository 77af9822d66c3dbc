package dev.tandem.domain.client;

import java.util.List;

/** Where clients are kept. Lists are always paged: a practice may hold tens of thousands. */
public interface ClientRepository {

    void add(Client client);

    /** One page of clients in alphabetical order of name. */
    List<Client> pageByName(int first, int pageSize);

    long count();
}
