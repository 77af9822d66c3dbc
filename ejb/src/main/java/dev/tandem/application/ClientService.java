package dev.tandem.application;

import dev.tandem.domain.client.Client;
import dev.tandem.domain.client.ClientRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/** Registering clients and listing them, for the people allowed to. */
@Stateless
@RolesAllowed("OWNER")
public class ClientService {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    ClientRepository clients;

    public Client register(@NotNull @Valid NewClient newClient) {
        var client = new Client(newClient.getFullName(), newClient.getDateOfBirth(), Instant.now());
        clients.add(client);
        return client;
    }

    public List<Client> pageByName(@Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        return clients.pageByName(first, pageSize);
    }

    public long count() {
        return clients.count();
    }
}
