package ua.uchast.community.control;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.community.entity.TerritoryKind;
import ua.uchast.platform.control.DemoDataRequested;

/** The demo hromadas with their settlements and staff; every demo account has the same password. */
@ApplicationScoped
public class CommunityDemo {

    public static final String PASSWORD = "uchast-demo-2027";
    public static final String VYSHNEVA = "vyshneva";
    public static final String KALYNIVKA = "kalynivka";
    public static final String MYRNE = "myrne";
    public static final List<String> ADMINISTRATORS = List.of("vyshneva.admin", "kalynivka.admin", "myrne.admin");
    public static final String COMMISSION_MEMBER = "vyshneva.commission";
    public static final String OPERATOR = "vyshneva.operator";

    @Inject
    HromadaRepository hromadas;
    @Inject
    StaffRepository staff;
    @Inject
    PasswordHasher passwordHasher;

    void load(@Observes @Priority(DemoDataRequested.COMMUNITY) DemoDataRequested request) {
        LocalDateTime now = request.now();
        String passwordHash = passwordHasher.hash(PASSWORD);

        Hromada vyshneva = hromadas.add(new Hromada(VYSHNEVA, "Вишнева громада", "Vyshneva hromada", now));
        List.of("м. Вишневе", "с. Крюківщина", "с. Тарасівка", "с. Віта-Поштова")
                .forEach(name -> vyshneva.addTerritory(name, TerritoryKind.SETTLEMENT));
        staff.add(new StaffAccount(vyshneva, ADMINISTRATORS.get(0), "Олена Коваль", "admin@vyshneva.example",
                StaffRole.ADMINISTRATOR, passwordHash, now));
        staff.add(new StaffAccount(vyshneva, COMMISSION_MEMBER, "Петро Данилюк", "commission@vyshneva.example",
                StaffRole.COMMISSION, passwordHash, now));
        staff.add(new StaffAccount(vyshneva, OPERATOR, "Ірина Савчук", "cnap@vyshneva.example", StaffRole.OPERATOR,
                passwordHash, now));

        Hromada kalynivka = hromadas.add(new Hromada(KALYNIVKA, "Калинівська громада", "Kalynivka hromada", now));
        List.of("смт Калинівка", "с. Прудянка", "с. Бірки").forEach(name -> kalynivka.addTerritory(name, TerritoryKind.SETTLEMENT));
        kalynivka.addTerritory("Бірківський старостинський округ", TerritoryKind.STAROSTA_DISTRICT);
        staff.add(new StaffAccount(kalynivka, ADMINISTRATORS.get(1), "Андрій Мельник", "admin@kalynivka.example",
                StaffRole.ADMINISTRATOR, passwordHash, now));

        Hromada myrne = hromadas.add(new Hromada(MYRNE, "Мирненська громада", "Myrne hromada", now));
        List.of("с. Мирне", "с. Зелене").forEach(name -> myrne.addTerritory(name, TerritoryKind.SETTLEMENT));
        staff.add(new StaffAccount(myrne, ADMINISTRATORS.get(2), "Світлана Бойко", "admin@myrne.example",
                StaffRole.ADMINISTRATOR, passwordHash, now));
        hromadas.flush();
    }
}
