package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.testkit.AxisFaults;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox axis behind {@link AxisFaults}: decides per request, before the axis sees it, whether to answer with a
 * connection reset or HTTP 503 instead; hands every other request to the observer, then to the axis.
 */
public final class FaultingAxisTransformer implements ResponseDefinitionTransformerV2 {
    private final AxisTransformer axis;
    private final AtomicReference<AxisFaults> faults;
    private final AtomicReference<Random> random = new AtomicReference<>(new Random(0));

    public FaultingAxisTransformer(AxisTransformer axis, AtomicReference<AxisFaults> faults) {
        this.axis = axis;
        this.faults = faults;
    }

    /** Installs new faults with their own random sequence. */
    public void install(AxisFaults f) {
        random.set(new Random(f.seed()));
        faults.set(f);
    }

    @Override
    public String getName() {
        return AxisTransformer.NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        AxisFaults f = faults.get();
        Request request = event.getRequest();
        String systemId = request.getHeader(VxpHmacSigner.PREFIX + "systemid");
        String path = request.getUrl();
        int q = path.indexOf('?');
        String method = q < 0 ? path : path.substring(0, q);
        method = method.substring(method.lastIndexOf('/') + 1);
        if (f.systemId() == null || f.systemId().equals(systemId)) {
            double roll;
            Random r = random.get();
            synchronized (r) {
                roll = r.nextDouble();
            }
            if (roll < f.resetRate()) {
                if (f.observer() != null) {
                    f.observer().faulted(systemId, method, "reset");
                }
                return new ResponseDefinitionBuilder()
                        .withFault(Fault.CONNECTION_RESET_BY_PEER)
                        .build();
            }
            if (roll < f.resetRate() + f.unavailableRate()) {
                if (f.observer() != null) {
                    f.observer().faulted(systemId, method, "503");
                }
                return Responses.axisFail(503, "503", "He thong tam thoi khong phuc vu (sandbox fault)");
            }
        }
        if (f.observer() != null) {
            f.observer().request(systemId, method, request::getHeader, request.getBody());
        }
        return axis.transform(event);
    }
}
