package dev.tandem.web.layout;

import dev.tandem.application.SetupService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

@Named
@RequestScoped
public class Layout {

    @Inject
    SetupService setupService;

    private String practiceName;

    @PostConstruct
    void load() {
        practiceName = setupService.practiceName();
    }

    public String getPracticeName() {
        return practiceName;
    }
}
