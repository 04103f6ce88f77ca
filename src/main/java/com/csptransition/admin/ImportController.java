package com.csptransition.admin;

import com.csptransition.identity.Caller;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /v1/admin/import: administrators load partners, customers and subscriptions. */
@RestController
public class ImportController {

    private final ImportService importService;

    public ImportController(ImportService importService) {
        this.importService = importService;
    }

    @PostMapping("/v1/admin/import")
    ImportService.Imported load(@Valid @RequestBody ImportBundle bundle, @AuthenticationPrincipal Caller caller) {
        return importService.load(bundle, caller);
    }
}
