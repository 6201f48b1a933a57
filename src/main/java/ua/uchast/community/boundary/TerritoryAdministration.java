package ua.uchast.community.boundary;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.control.HromadaRepository;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.community.entity.Territory;
import ua.uchast.community.entity.TerritoryKind;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;

/** An administrator keeps the list of their hromada's settlements and starosta districts. */
@ApplicationScoped
@Transactional
public class TerritoryAdministration {

    private StaffGuard guard;
    private HromadaRepository hromadas;
    private Event<StaffActionPerformed> staffActions;
    private Clock clock;

    protected TerritoryAdministration() {
    }

    @Inject
    public TerritoryAdministration(StaffGuard guard, HromadaRepository hromadas, Event<StaffActionPerformed> staffActions,
            Clock clock) {
        this.guard = guard;
        this.hromadas = hromadas;
        this.staffActions = staffActions;
        this.clock = clock;
    }

    public List<Territory> territoriesOfMyHromada() {
        return myHromada().territories();
    }

    public Territory add(String name, TerritoryKind kind) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        Hromada hromada = myHromada();
        Territory territory = hromada.addTerritory(name, kind);
        hromadas.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", territory.name());
        after.put("kind", territory.kind().name());
        staffActions.fire(admin.performed("territory.added", "Territory", territory.id(), null, after, KyivTime.nowUtc(clock)));
        return territory;
    }

    private Hromada myHromada() {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        return hromadas.byId(admin.hromadaId()).orElseThrow(NotFoundException::new);
    }
}
