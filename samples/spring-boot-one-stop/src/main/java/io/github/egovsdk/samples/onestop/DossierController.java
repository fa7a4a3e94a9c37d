package io.github.egovsdk.samples.onestop;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/dossiers}: the front desk hands in a dossier and gets its code and the payment link. */
@RestController
@RequestMapping("/api/dossiers")
public class DossierController {
    private final OneStopService service;

    public DossierController(OneStopService service) {
        this.service = service;
    }

    @PostMapping
    public ResponseEntity<DossierReceipt> receive(@RequestBody DossierRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.receive(request));
    }

    @ExceptionHandler(OneStopService.CitizenNotConfirmedException.class)
    ResponseEntity<Map<String, String>> notConfirmed(RuntimeException e) {
        return ResponseEntity.unprocessableEntity().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(OneStopService.UnknownProcedureException.class)
    ResponseEntity<Map<String, String>> unknownProcedure(RuntimeException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}
