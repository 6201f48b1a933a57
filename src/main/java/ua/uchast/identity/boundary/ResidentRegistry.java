package ua.uchast.identity.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.identity.control.IdentityDemo;
import ua.uchast.identity.control.ProviderIdentity;
import ua.uchast.identity.control.ResidentKeys;
import ua.uchast.identity.control.ResidentRepository;
import ua.uchast.identity.entity.ResidentRecord;
import ua.uchast.platform.control.KyivTime;

/** Residents as the identity provider presents them: one row per person (by resident key), refreshed at each sign-in. */
@ApplicationScoped
@Transactional
public class ResidentRegistry {

    private ResidentRepository residents;
    private ResidentKeys residentKeys;
    private Clock clock;

    protected ResidentRegistry() {
    }

    @Inject
    public ResidentRegistry(ResidentRepository residents, ResidentKeys residentKeys, Clock clock) {
        this.residents = residents;
        this.residentKeys = residentKeys;
        this.clock = clock;
    }

    public Resident signIn(ProviderIdentity identity) {
        return toResident(residents.upsert(residentKeys.keyOf(identity.taxNumber()), identity, KyivTime.nowUtc(clock)));
    }

    /** The demo residents (see IdentityDemo), for other components' demo data; empty unless demo data was loaded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Resident> demoResidents() {
        return IdentityDemo.PEOPLE.stream().flatMap(person -> residents.byKey(residentKeys.keyOf(person.taxNumber())).stream())
                .map(ResidentRegistry::toResident).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Resident> byId(Long residentId) {
        return residents.byId(residentId).map(ResidentRegistry::toResident);
    }

    /** The birth dates of these residents (e.g. projects' authors, for statistics by age), by resident id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, LocalDate> birthDates(Collection<Long> residentIds) {
        return residents.birthDates(residentIds);
    }

    static Resident toResident(ResidentRecord record) {
        return new Resident(record.id(), record.residentKey(), record.displayName());
    }
}
