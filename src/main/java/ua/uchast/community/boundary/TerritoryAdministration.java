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
import ua.uchast.community.entity.Katottg;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.community.entity.Territory;
import ua.uchast.community.entity.TerritoryKind;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;

/** An administrator keeps the list of their hromada's settlements and starosta districts, with their KATOTTG codes. */
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

    /** Adds a settlement or district; {@code katottg} is its KATOTTG code, optional. */
    public Territory add(String name, TerritoryKind kind, String katottg) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        Territory territory = myHromada().addTerritory(name, kind, katottg);
        hromadas.flush();
        record(admin, "territory.added", territory, null);
        return territory;
    }

    /** Gives one of the hromada's territories its KATOTTG code (blank: none), so residency by address matches on it. */
    public Territory recode(Long territoryId, String katottg) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        Hromada hromada = myHromada();
        String before = hromada.territories().stream().filter(territory -> territory.id().equals(territoryId)).findFirst()
                .flatMap(Territory::katottg).map(Katottg::code).orElse("");
        Territory territory = hromada.recodeTerritory(territoryId, katottg);
        hromadas.flush();
        record(admin, "territory.recoded", territory, Map.of("katottg", before));
        return territory;
    }

    private void record(StaffMember admin, String action, Territory territory, Map<String, Object> before) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", territory.name());
        after.put("kind", territory.kind().name());
        after.put("katottg", territory.katottg().map(Katottg::code).orElse(""));
        staffActions.fire(admin.performed(action, "Territory", territory.id(), before, after, KyivTime.nowUtc(clock)));
    }

    private Hromada myHromada() {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        return hromadas.byId(admin.hromadaId()).orElseThrow(NotFoundException::new);
    }
}
