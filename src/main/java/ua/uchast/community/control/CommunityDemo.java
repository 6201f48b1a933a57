package ua.uchast.community.control;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.HromadaProfile;
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
    public static final String EXECUTOR = "vyshneva.executor";
    public static final String PLATFORM_OPERATOR = "uchast.operator";
    public static final String VYSHNEVE_KATOTTG = "UA32080090010000001";

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
        // KATOTTG codes (Бучанський район of Київська область, Вишнева громада): Крюківщина's is the codifier's; for
        // Вишневе only the levels are (settlement 001), its last five digits are made up. The two other villages have
        // no code, as a hromada that has not entered them yet, and are matched by name.
        vyshneva.addTerritory("м. Вишневе", TerritoryKind.SETTLEMENT, VYSHNEVE_KATOTTG);
        vyshneva.addTerritory("с. Крюківщина", TerritoryKind.SETTLEMENT, "UA32080090020082865");
        List.of("с. Тарасівка", "с. Віта-Поштова").forEach(name -> vyshneva.addTerritory(name, TerritoryKind.SETTLEMENT));
        staff.add(new StaffAccount(vyshneva, ADMINISTRATORS.get(0), "Олена Коваль", "admin@vyshneva.example",
                StaffRole.ADMINISTRATOR, passwordHash, now));
        staff.add(new StaffAccount(vyshneva, COMMISSION_MEMBER, "Петро Данилюк", "commission@vyshneva.example",
                StaffRole.COMMISSION, passwordHash, now));
        staff.add(new StaffAccount(vyshneva, OPERATOR, "Ірина Савчук", "cnap@vyshneva.example", StaffRole.OPERATOR,
                passwordHash, now));
        staff.add(new StaffAccount(vyshneva, EXECUTOR, "Василь Гнатюк", "kapbud@vyshneva.example", StaffRole.EXECUTOR,
                passwordHash, now));
        vyshneva.revise(vyshnevaProfile());

        Hromada kalynivka = hromadas.add(new Hromada(KALYNIVKA, "Калинівська громада", "Kalynivka hromada", now));
        List.of("смт Калинівка", "с. Прудянка", "с. Бірки").forEach(name -> kalynivka.addTerritory(name, TerritoryKind.SETTLEMENT));
        kalynivka.addTerritory("Бірківський старостинський округ", TerritoryKind.STAROSTA_DISTRICT);
        staff.add(new StaffAccount(kalynivka, ADMINISTRATORS.get(1), "Андрій Мельник", "admin@kalynivka.example",
                StaffRole.ADMINISTRATOR, passwordHash, now));

        Hromada myrne = hromadas.add(new Hromada(MYRNE, "Мирненська громада", "Myrne hromada", now));
        List.of("с. Мирне", "с. Зелене").forEach(name -> myrne.addTerritory(name, TerritoryKind.SETTLEMENT));
        staff.add(new StaffAccount(myrne, ADMINISTRATORS.get(2), "Світлана Бойко", "admin@myrne.example",
                StaffRole.ADMINISTRATOR, passwordHash, now));
        StaffAccount operator = StaffAccount.platformOperator(PLATFORM_OPERATOR, "Оператор платформи", passwordHash, now);
        operator.changePassword(passwordHash);
        staff.add(operator);
        hromadas.flush();
    }

    private static HromadaProfile vyshnevaProfile() {
        HromadaProfile profile = new HromadaProfile();
        profile.setDescription("Вишнева міська територіальна громада Бучанського району Київської області: місто Вишневе "
                + "і три села. Бюджет участі громада проводить щороку з 2018 року.");
        profile.setContactAddress("м. Вишневе, вул. Святошинська, 29, ЦНАП");
        profile.setContactPhone("+380 44 123 45 67");
        profile.setContactEmail("budget@vyshneva.example");
        profile.setVotingAgePopulation(31_500);
        profile.setRegulation("Положення про бюджет участі Вишневої громади\n\n1. Подати проєкт може кожен мешканець громади, "
                + "якому виповнилося 16 років.\n\n2. Голосувати можуть мешканці від 16 років: через BankID чи id.gov.ua, "
                + "з кваліфікованим електронним підписом або паперовим бюлетенем у ЦНАП. Кожен голосує один раз.\n\n"
                + "3. Переможців визначають за правилом, оприлюдненим до початку голосування; результати й файл бюлетенів "
                + "публікуються на платформі.");
        return profile;
    }
}
