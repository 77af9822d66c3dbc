package dev.tandem.web.client;

import dev.tandem.application.ClientService;
import dev.tandem.application.NewClient;
import dev.tandem.domain.client.Client;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

@Named
@ViewScoped
public class ClientsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientService clientService;

    private NewClient newClient = new NewClient();
    private final LazyDataModel<Client> clients = new ClientsByName();

    public void add() {
        Client added = clientService.register(newClient);
        Messages.addGlobalInfo(Faces.getResourceBundle("msg").getString("clients.added"), added.getFullName());
        newClient = new NewClient();
    }

    public NewClient getNewClient() {
        return newClient;
    }

    public LazyDataModel<Client> getClients() {
        return clients;
    }

    /** Pages through the clients in name order, asking the database for one page at a time. */
    private class ClientsByName extends LazyDataModel<Client> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(clientService.count());
        }

        @Override
        public List<Client> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return clientService.pageByName(first, pageSize);
        }
    }
}
